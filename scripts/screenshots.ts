/**
 * Renders the README's screenshots (docs/*.png) in headless Chromium: the popup on the fixture job
 * page, and the library workspace. Run on purpose when the UI changes
 * (`npx tsx scripts/screenshots.ts`; it needs a CJK font, e.g. Debian's fonts-wqy-microhei).
 */
import { spawnSync } from 'node:child_process';
import { launchWithExtension, openPopupFor, servePages } from '../test/e2e/harness';

if (spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, ROLECLIP_E2E: '1' }, stdio: 'inherit' }).status !== 0) process.exit(1);
const server = await servePages();
const session = await launchWithExtension();
await session.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
try {
  // Two saved competitor ads first, so the popup has something to compare with.
  for (const name of ['天猫店长', '电商美工']) {
    const { popup } = await openPopupFor(session, `${server.origin}/careers.html`);
    await popup.getByTestId('posting-picker').getByRole('button', { name: new RegExp(name) }).click();
    await popup.getByRole('button', { name: '保存到岗位库' }).click();
    await popup.getByTestId('status-ok').waitFor();
  }
  const { popup } = await openPopupFor(session, `${server.origin}/job-basic.html`);
  await popup.getByTestId('coverage-text').waitFor();
  await popup.getByTestId('competitors').waitFor();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.screenshot({ path: 'docs/popup.png' });
  await popup.getByRole('button', { name: '保存到岗位库' }).click();
  await popup.getByTestId('status-ok').waitFor();

  const library = await session.context.newPage();
  await library.setViewportSize({ width: 1100, height: 720 });
  await library.goto(`chrome-extension://${session.extensionId}/library.html#/roles/store-manager/competitors`);
  await library.getByTestId('competitor-stats').waitFor();
  await library.screenshot({ path: 'docs/library.png' });
  console.log('wrote docs/popup.png and docs/library.png');
} finally {
  await session.close();
  await server.close();
}
