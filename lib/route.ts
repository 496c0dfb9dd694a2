/** The library workspace's routes, kept in the URL hash so every view can be linked and reloaded. */
export type Route =
  | { page: 'roles' }
  | { page: 'role'; roleId: string; tab: RoleTab }
  | { page: 'postings'; query: PostingQuery }
  | { page: 'posting'; postingId: string }
  | { page: 'compare'; postingIds: string[] }
  | { page: 'data' };

export const ROLE_TABS = ['duties', 'postings', 'competitors', 'template'] as const;
export type RoleTab = (typeof ROLE_TABS)[number];

export interface PostingQuery {
  text?: string;
  roleId?: string;
  site?: string;
  company?: string;
  tag?: string;
  from?: string; // yyyy-mm-dd
  to?: string;
}

const QUERY_KEYS = ['text', 'roleId', 'site', 'company', 'tag', 'from', 'to'] as const;

// A hand-edited or cut-off link can hold a broken escape (%E0%A4%A), on which decodeURIComponent
// throws; such a segment is kept as written (it then names no role or posting, which the pages say).
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeSegment);
  const params = new URLSearchParams(search);
  switch (parts[0]) {
    case 'roles':
      if (parts[1]) {
        const tab = ROLE_TABS.find((t) => t === parts[2]) ?? 'duties';
        return { page: 'role', roleId: parts[1], tab };
      }
      return { page: 'roles' };
    case 'postings': {
      if (parts[1]) return { page: 'posting', postingId: parts[1] };
      const query: PostingQuery = {};
      for (const key of QUERY_KEYS) {
        const value = params.get(key);
        if (value) query[key] = value;
      }
      return { page: 'postings', query };
    }
    case 'compare':
      return { page: 'compare', postingIds: (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 6) };
    case 'data':
      return { page: 'data' };
    default:
      return { page: 'roles' };
  }
}

export function routeToHash(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.page) {
    case 'roles':
      return '#/roles';
    case 'role':
      return `#/roles/${enc(route.roleId)}${route.tab === 'duties' ? '' : `/${route.tab}`}`;
    case 'postings': {
      const params = new URLSearchParams();
      for (const key of QUERY_KEYS) {
        const value = route.query[key];
        if (value) params.set(key, value);
      }
      const search = params.toString();
      return `#/postings${search ? `?${search}` : ''}`;
    }
    case 'posting':
      return `#/postings/${enc(route.postingId)}`;
    case 'compare':
      return `#/compare?ids=${route.postingIds.map(enc).join(',')}`;
    case 'data':
      return '#/data';
  }
}

/** The URL's posting filters as a search query ('-' as role means "no role"; dates are local days). */
export function toSearchQuery(query: PostingQuery): import('./library/search').PostingQuery {
  const day = (value: string | undefined, offsetDays = 0) => {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + offsetDays).getTime();
  };
  return {
    ...(query.text ? { text: query.text } : {}),
    ...(query.roleId ? { role: query.roleId === '-' ? null : query.roleId } : {}),
    ...(query.site !== undefined ? { site: query.site } : {}),
    ...(query.company ? { company: query.company } : {}),
    ...(query.tag ? { tags: [query.tag] } : {}),
    ...(day(query.from) !== undefined ? { from: day(query.from) } : {}),
    // "to" is inclusive of that whole day.
    ...(day(query.to, 1) !== undefined ? { to: day(query.to, 1) } : {}),
  };
}
