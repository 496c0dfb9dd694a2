import { writeFileSync } from 'node:fs';
import { launchWithExtension, servePages } from '../test/e2e/harness';
import { median, waitForMark } from '../test/e2e/speed';
import { addSelfTimes, topLines, type Profile, type ProfileNode } from './cpu-profile';
import { browserProcesses, mainThreadCpuMs } from './proc-memory';

/**
 * A CPU profile of popup opens (not part of `npm run bench`: run `npx tsx bench/profile-popup.ts
 * [runs] [out.cpuprofile]`). The popup's main thread is sampled by V8 from the navigation to the
 * rendered comparison; self time is summed by script file and by function, so a change is judged
 * by where the time goes rather than by wall clock on a loaded machine. ROLECLIP_E2E_DIR picks the
 * build (harness.ts). The popup tab first shows another URL of the extension (so the profiler,
 * attached to that renderer, stays attached when the popup proper loads).
 *
 * ROLECLIP_CPU=1: no profiler; instead the CPU time the extension renderer's main thread spends
 * from the popup's navigation to its rendered comparison (/proc schedstat, Linux), per open. On a
 * machine other engineers load, wall time doubles while this moves little: compare builds by it.
 */


const SAMPLE_US = 200;

// The popup's stages by the function that runs them: a sample counts for the outermost one on its stack.
const STAGES = ['indexWithModel', 'buildIndex', 'indexFromParts', 'parseBodyModel', 'readMatcherFold', 'extractPostings', 'extractFromText', 'roleFieldsOf', 'compareWithRole', 'checkJd', 'performWorkOnRoot', 'roleStats'];

/** Self time by stage: each sample goes to the outermost STAGES function on its stack, else to its own kind. */
function byStage(profile: Profile, into: Map<string, number>) {
  const parent = new Map<number, number>();
  const nodes = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    nodes.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  profile.samples.forEach((id, k) => {
    let stage = '';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = nodes.get(cur)!.callFrame.functionName;
      if (STAGES.includes(name)) stage = name;
    }
    const leaf = nodes.get(id)!.callFrame;
    if (!stage) stage = leaf.functionName.startsWith('(') ? leaf.functionName : `other script (${leaf.url.split('/').pop()!.replace(/-[\w-]+\.js$/, '')})`;
    // Each sample counts for one sampling interval: a gap while the thread waited for a CPU (a
    // busy machine) shows as one long time delta, and would be charged to whatever ran next.
    into.set(stage, (into.get(stage) ?? 0) + Math.min(profile.timeDeltas[k + 1] ?? 0, SAMPLE_US * 1.5) / 1000);
  });
}

async function main() {
  const runs = Number(process.argv[2] ?? 5);
  const out = process.argv[3];
  const server = await servePages();
  const session = await launchWithExtension();
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  const stages = new Map<string, number>();
  const cpuOnly = process.env.ROLECLIP_CPU === '1';
  const cpus: number[] = [];
  const walls: number[] = [];
  let total = 0;
  try {
    for (let i = 0; i <= runs; i++) {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/job-basic.html`);
      const tabId = await session.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id !== undefined && tab.url === url ? tab.id : -1;
      }, page.url());
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=2147483000`);
      await popup.waitForTimeout(300);
      if (cpuOnly) {
        const renderers = [...browserProcesses(session.profile)].filter(([, kind]) => kind === 'renderer (extension)').map(([pid]) => pid);
        const before = renderers.map(mainThreadCpuMs);
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
        await waitForMark(popup, 'roleclip:rendered', 15_000);
        const cpu = renderers.reduce((sum, pid, k) => sum + mainThreadCpuMs(pid) - before[k]!, 0);
        const rendered = await popup.evaluate(() => performance.getEntriesByName('roleclip:rendered')[0]!.startTime);
        if (i > 0) (cpus.push(cpu), walls.push(rendered));
        await popup.close();
        await page.close();
        continue;
      }
      const cdp = await session.context.newCDPSession(popup);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
      await cdp.send('Profiler.start');
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await waitForMark(popup, 'roleclip:rendered', 15_000);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const rendered = await popup.evaluate(() => performance.getEntriesByName('roleclip:rendered')[0]!.startTime);
      if (i > 0) {
        // Self time per node, up to the popup's rendered mark is roughly the whole profile.
        total += addSelfTimes(profile, SAMPLE_US, byFile, byFn);
        byStage(profile, stages);
        console.log(`run ${i}: rendered at ${rendered.toFixed(0)} ms after navigation`);
        if (out && i === runs) writeFileSync(out, JSON.stringify(profile));
      }
      await cdp.detach();
      await popup.close();
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  if (cpuOnly) {
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
    console.log(`popup main thread CPU, navigation -> rendered: median ${median(cpus).toFixed(0)} ms (${list(cpus)})`);
    console.log(`wall, navigation -> rendered: median ${median(walls).toFixed(0)} ms (${list(walls)})`);
    return;
  }
  const top = (m: Map<string, number>, n: number) => topLines(m, n, runs);
  console.log(`by stage (outermost of ${STAGES.join(', ')}), per open:\n${top(stages, 20)}`);
  console.log(`busy (not idle/program), per open: ${(total / runs).toFixed(1)} ms\nby file:\n${top(byFile, 15)}\nby function:\n${top(byFn, 30)}`);
}

void main();
