import type { SiteAdapter } from './sites/adapter';
import { boss } from './sites/boss';
import { indeed } from './sites/indeed';
import { job51 } from './sites/job51';
import { lagou } from './sites/lagou';
import { liepin } from './sites/liepin';
import { linkedin } from './sites/linkedin';
import { seek } from './sites/seek';
import { zhaopin } from './sites/zhaopin';

/**
 * The ordered site registry: the first adapter whose host matches serves the page. JSON-LD is
 * tried before any adapter, and the generic tiers (blocks, Readability) after all of them.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [boss, zhaopin, job51, liepin, lagou, linkedin, indeed, seek];

export function adapterFor(url: string): { adapter: SiteAdapter; url: URL } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  for (const adapter of SITE_ADAPTERS) {
    if (adapter.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return { adapter, url: parsed };
  }
  return null;
}
