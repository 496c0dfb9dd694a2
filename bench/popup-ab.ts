import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { median } from '../test/e2e/speed';

/**
 * Popup speed of several builds, back to back and alternating (not part of `npm run bench`: run
 * `npx tsx bench/popup-ab.ts DIR_A DIR_B … [--rounds N] [--runs N]`, each DIR an e2e build such as a
 * copy of main's `.output/chrome-mv3-e2e`). On a machine others load, one build measured after
 * another measures the load as much as the build; rounds that alternate the order (A B, B A, …), each
 * in a fresh browser, spread the load over both. Prints each round's medians (from the popup's first
 * script line and from navigation start) and the median of all opens per build. `--window`: the
 * popup opens in a window of its own, the page's tab staying active (test/e2e/harness.ts).
 * ROLECLIP_E2E_PAGES and ROLECLIP_AB_PAGES (comma-separated) measure on other pages.
 */

interface Result {
  first: Record<string, number[]>;
  nav: Record<string, number[]>;
  stages: Record<string, number[]>;
}

async function child(runs: number, window: boolean): Promise<void> {
  const { launchWithExtension, servePages } = await import('../test/e2e/harness');
  const { measurePopup } = await import('../test/e2e/speed');
  const server = await servePages();
  const session = await launchWithExtension();
  try {
    const pages = (process.env.ROLECLIP_AB_PAGES ?? 'job-basic.html,job-jsonld.html').split(',').map((p) => `${server.origin}/${p}`);
    await measurePopup(session, pages.slice(0, 1), 2, undefined, undefined, undefined, window); // seeds the library, warms the caches
    const stages: Record<string, number[]> = {};
    const nav: Record<string, number[]> = {};
    const first = await measurePopup(session, pages, runs, stages, undefined, nav, window);
    console.log(`RESULT ${JSON.stringify({ first, nav, stages } satisfies Result)}`);
  } finally {
    await session.close();
    await server.close();
  }
}

function parent(dirs: string[], rounds: number, runs: number, window: boolean): void {
  const all = new Map<string, Result[]>();
  const fmt = (xs: number[]) => median(xs).toFixed(0);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...dirs].reverse() : dirs;
    for (const dir of order) {
      const out = spawnSync('npx', ['tsx', 'bench/popup-ab.ts', '--child', String(runs), window ? 'window' : 'tab'], {
        env: { ...process.env, ROLECLIP_E2E_DIR: resolve(dir) },
        encoding: 'utf8',
      });
      const line = out.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) throw new Error(`no result for ${dir}: ${out.stderr}`);
      const result = JSON.parse(line.slice(7)) as Result;
      all.set(dir, [...(all.get(dir) ?? []), result]);
      const pages = Object.keys(result.first);
      console.log(
        `round ${r + 1} ${dir}: first line ${pages.map((p) => fmt(result.first[p]!)).join(' / ')} ms, navigation ${pages.map((p) => fmt(result.nav[p]!)).join(' / ')} ms (load ${readLoad()})`,
      );
    }
  }
  for (const [dir, results] of all) {
    const pages = Object.keys(results[0]!.first);
    const pool = (key: 'first' | 'nav', p: string) => results.flatMap((x) => x[key][p]!);
    const stages = Object.keys(results[0]!.stages)
      .map((s) => [s, results.flatMap((x) => x.stages[s] ?? [])] as const)
      .sort((a, b) => median(a[1]) - median(b[1]));
    console.log(`${dir}: all opens, first line ${pages.map((p) => fmt(pool('first', p))).join(' / ')} ms, navigation ${pages.map((p) => fmt(pool('nav', p))).join(' / ')} ms`);
    console.log(`  stages: ${stages.map(([s, at]) => `${s} ${fmt(at)}`).join(', ')}`);
  }
}

function readLoad(): string {
  return spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.split(' ')[0] ?? '?';
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(Number(args[1] ?? 10), args[2] === 'window');
else {
  const opt = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
  };
  const rounds = opt('--rounds', 4);
  const runs = opt('--runs', 10);
  const window = args.includes('--window');
  parent(args.filter((a) => a !== '--window'), rounds, runs, window);
}
