/** Duty id -> its phrasings (patterns: lib/roles/phrasings.ts). */
export type DutyPhrasings = Readonly<Record<string, readonly string[]>>;

/**
 * One change to a duty's phrasings in a library version (edits.ts): `from` replaced by `to` where it
 * is still there word for word, or (`from: null`) `to` added.
 */
export interface PhrasingEdit {
  since: number;
  duty: string;
  from: string | null;
  to: readonly string[];
}

/** A duty's phrasings with the edits made for it after library version `after` applied, in order. */
export function applyPhrasingEdits(duty: string, phrasings: readonly string[], edits: readonly PhrasingEdit[], after = 0): string[] {
  let out = [...phrasings];
  for (const e of edits) {
    if (e.duty !== duty || e.since <= after) continue;
    if (e.from === null) {
      out.push(...e.to.filter((p) => !out.includes(p)));
      continue;
    }
    const at = out.indexOf(e.from);
    if (at < 0) continue;
    const fresh = e.to.filter((p) => !out.includes(p));
    out = [...out.slice(0, at), ...fresh, ...out.slice(at + 1)];
  }
  return out;
}
