/** What the CPU-profile benches (profile-popup.ts, profile-library.ts) share: a Chrome profile's self times. */

export interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime?: number; endTime?: number }

/**
 * Adds each node's self time to `byFile` and `byFn` (ms) and returns the busy time (not idle or
 * program). Each sample counts for at most 1.5 sampling intervals: a gap while the thread waited for
 * a CPU (a busy machine) shows as one long time delta, and would be charged to whatever ran next.
 */
export function addSelfTimes(profile: Profile, sampleUs: number, byFile: Map<string, number>, byFn: Map<string, number>): number {
  const self = new Map<number, number>();
  profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + Math.min(profile.timeDeltas[k + 1] ?? 0, sampleUs * 1.5) / 1000));
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const file = node.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '') || `(${node.callFrame.functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anon)'} ${file}:${node.callFrame.lineNumber}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    if (!['(idle)', '(program)'].includes(node.callFrame.functionName)) busy += ms;
  }
  return busy;
}

/** The `n` largest entries, averaged over `runs`, one line each. */
export const topLines = (m: Map<string, number>, n: number, runs: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / runs).toFixed(1).padStart(7)} ms  ${k}`).join('\n');
