import { useEffect, useState } from 'react';
import type { ExtractedPosting } from '@/lib/db/schemas';
import type { JdCheckInput, JdFlag } from '@/lib/library/jdcheck';

export type JdCheckState =
  | { kind: 'checking' }
  | { kind: 'error' }
  | { kind: 'done'; flags: JdFlag[]; input: JdCheckInput };

// The seven protected grounds; filler and salary notes belong to the template builder.
const GROUNDS = new Set(['gender', 'age', 'marital', 'household', 'ethnicity', 'health', 'appearance']);

/**
 * The JD check of the ad on screen: its rules are loaded only after the comparison is on screen
 * (a dynamic import, out of the popup's first bundle), then run once. Only what the law forbids or
 * discourages is kept; the on-camera note (looks asked by a host's ad) is advice, not an issue.
 */
export function useJdCheck(posting: ExtractedPosting, roleId: string | null): JdCheckState {
  const [state, setState] = useState<JdCheckState>({ kind: 'checking' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'checking' });
    // Started on the next task, so the comparison's first render (and its speed mark) never waits.
    const timer = setTimeout(() => {
      import('@/lib/library/jdcheck')
        .then(({ checkJd, jdInputFromPosting }) => {
          if (!live) return;
          const input = jdInputFromPosting({ ...posting, roleId });
          const flags = checkJd(input).filter((f) => GROUNDS.has(f.category) && f.severity !== 'advice');
          performance.mark('roleclip:jdcheck');
          setState({ kind: 'done', flags, input });
        })
        .catch(() => live && setState({ kind: 'error' }));
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [posting, roleId]);
  return state;
}
