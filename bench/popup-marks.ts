import { launchWithExtension, openPopupFor, servePages } from '../test/e2e/harness';
import { median, waitForMark } from '../test/e2e/speed';

/** Every mark of the popup since navigation start, median over opens (a look at the critical path). */
async function main() {
  const runs = Number(process.argv[2] ?? 8);
  const server = await servePages();
  const session = await launchWithExtension();
  const at: Record<string, number[]> = {};
  try {
    for (let i = 0; i <= runs; i++) {
      const { popup, page } = await openPopupFor(session, `${server.origin}/job-basic.html`, { window: true });
      await waitForMark(popup, 'roleclip:rendered', 15_000);
      const marks = await popup.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const out: [string, number][] = [['nav:responseEnd', nav.responseEnd], ['nav:domInteractive', nav.domInteractive]];
        for (const m of performance.getEntriesByType('mark')) out.push([m.name, m.startTime]);
        for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) out.push([`res:${r.name.split('/').pop()}`, r.responseEnd]);
        return out;
      });
      if (i > 0) for (const [n, t] of marks) (at[n] ??= []).push(t);
      await popup.close();
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  for (const [n, list] of Object.entries(at).sort((a, b) => median(a[1]) - median(b[1]))) console.log(`${median(list).toFixed(0).padStart(6)} ms  ${n}`);
}
void main();
