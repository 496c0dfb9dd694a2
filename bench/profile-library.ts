import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../test/e2e/harness';
import { addSelfTimes, topLines, type Profile } from './cpu-profile';

/**
 * Where a library page load's time goes (not part of `npm run bench`): `npx tsx
 * bench/profile-library.ts PROFILE [hash] [runs]` loads library.html#HASH (default #/postings) in
 * a copy of PROFILE (a filled library, e.g. one the scale bench cached, already indexed), samples
 * the renderer's main thread from the navigation until the page's `roleclip:first-row` mark (or the
 * first .posting-row), and prints the page's stage marks and the CPU self time by script file and by
 * function. ROLECLIP_E2E_DIR picks the build (it must be the path the profile was written with).
 * `--prepare` instead opens the copy once and waits for its one-off background work, then keeps it.
 */

const SAMPLE_US = 250;

async function main() {
  const [from, hash = '#/postings', runsArg = '3'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!from || !existsSync(from)) throw new Error('usage: profile-library.ts PROFILE [#hash] [runs]');
  if (process.argv.includes('--prepare')) {
    const session = await launchWithExtension({ profile: from });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/library.html#/roles`);
    await page.getByTestId('role-list').first().waitFor({ timeout: 600_000 });
    await page.waitForTimeout(2000);
    await page.waitForFunction(() => !document.querySelector('[data-testid="background-work"]'), undefined, { timeout: 3_600_000, polling: 1000 });
    await session.close();
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'roleclip-prof-'));
  cpSync(from, work, { recursive: true, filter: (src) => !/Singleton/.test(src) });
  const session = await launchWithExtension({ profile: work });
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  const runs = Number(runsArg);
  try {
    const page = await session.context.newPage();
    const base = `chrome-extension://${session.extensionId}/library.html`;
    for (let i = 0; i < runs; i++) {
      await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
      await cdp.send('Profiler.start');
      await page.goto(`${base}${hash}`);
      const done = process.env.ROLECLIP_PROFILE_UNTIL ?? '.posting-row';
      await page.waitForSelector(done, { timeout: 600_000 });
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('roleclip:', '')} ${Math.round(m.startTime)}`).join(', '));
      const at = await page.evaluate(() => Math.round(performance.now()));
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      console.log(`run ${i}: ${done} by ${at} ms; marks: ${marks}`);
      const busy = addSelfTimes(profile, SAMPLE_US, byFile, byFn);
      console.log(`  busy (not idle/program): ${busy.toFixed(0)} ms`);
    }
  } finally {
    await session.close();
    rmSync(work, { recursive: true, force: true });
  }
  const top = (m: Map<string, number>, n: number) => topLines(m, n, runs);
  console.log(`by file, per load:\n${top(byFile, 15)}\nby function, per load:\n${top(byFn, 25)}`);
}

void main();
