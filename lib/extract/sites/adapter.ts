import type { NotJobReason } from '../types';

/**
 * One job board. Sites change their DOM without notice, so every field lists fallback selectors,
 * tried in order; each selector's comment names what it matches. `example` is a detail URL of the
 * board (documentation, and the registry test checks that the adapter claims it).
 */
export interface SiteAdapter {
  /** Lower-case id: the posting's source is `site:<id>`, fixtures live in test/fixtures/pages/<id>/. */
  id: string;
  name: string;
  /** Host names served (the host or any subdomain of it). */
  hosts: string[];
  example: string;
  /** The ad's text container, best first. */
  description: string[];
  title?: string[];
  company?: string[];
  location?: string[];
  salary?: string[];
  /** A header row of tags (city · years · education) read for experience and education. */
  tags?: string[];
  /** Pages of this board that are not an ad (search lists, walls), told by URL or DOM. */
  notJob?: (doc: Document, url: URL) => NotJobReason | null;
}
