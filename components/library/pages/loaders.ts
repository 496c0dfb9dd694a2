import type { Route } from '@/lib/route';

/**
 * Every workspace page but the posting list is a chunk of its own, loaded when its route is first
 * shown. No React here: the page's entry calls preloadPage for the route it opens on, so the page's
 * chunk loads alongside the workspace's instead of after it (a waterfall of ~0.5 s on a busy machine).
 */
export const pageLoaders = {
  roles: () => import('./RolesPage').then((m) => ({ default: m.RolesPage })),
  role: () => import('./RoleRoute').then((m) => ({ default: m.RoleRoute })),
  posting: () => import('./PostingPage').then((m) => ({ default: m.PostingPage })),
  compare: () => import('./ComparePage').then((m) => ({ default: m.ComparePage })),
  data: () => import('./DataPage').then((m) => ({ default: m.DataPage })),
};

/** Starts loading the route's page chunk (a failure shows when the page renders it). */
export function preloadPage(route: Route): void {
  if (route.page !== 'postings') pageLoaders[route.page]().catch(() => {});
}
