/**
 * `npm test`: type check, unit tests, the e2e build, then e2e tests in real headless Chromium.
 * Ends with one line "N passed, N failed" summed over every suite (CI reads that line).
 * Chromium is found at $CHROME_PATH or the usual system paths; without it, CI=true fails with the
 * install hint and a developer machine reports e2e as SKIPPED, loudly.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../test/e2e/chromium';

let passed = 0;
let failed = 0;
const lines: string[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name: string, ok: boolean) {
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

/** Runs a vitest suite and adds its test counts (from its JSON report) to the totals. */
function vitestSuite(name: string, args: string[]) {
  const report = `.output/test-results/${name}.json`;
  mkdirSync('.output/test-results', { recursive: true });
  rmSync(report, { force: true });
  const ok = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    // A suite that failed outside any test (a file that does not load) still counts as a failure.
    const suiteFailed = !ok && json.numFailedTests === 0 ? 1 : 0;
    passed += json.numPassedTests;
    failed += json.numFailedTests + suiteFailed;
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${json.numPassedTests} passed, ${json.numFailedTests + suiteFailed} failed`);
  } catch {
    step(`${name} (no report)`, false);
  }
}

const only = process.argv[2]; // optional: "unit" or "e2e"

if (!only) step('type check (tsc --noEmit)', run('npx', ['tsc', '--noEmit']));
if (!only || only === 'unit') vitestSuite('unit', []);
if (!only || only === 'e2e') {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI === 'true') {
      console.error(`\n${INSTALL_HINT}\n`);
      step('e2e: Chromium present', false);
    } else {
      const banner = '#'.repeat(78);
      console.warn(`\n${banner}\n# E2E TESTS SKIPPED: ${INSTALL_HINT}\n${banner}\n`);
      lines.push('SKIP e2e (no Chromium)');
    }
  } else {
    const built = run('npx', ['wxt', 'build'], { ROLECLIP_E2E: '1' });
    step('e2e build (.output/chrome-mv3-e2e)', built);
    if (built) vitestSuite('e2e', ['-c', 'vitest.e2e.config.ts']);
  }
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
