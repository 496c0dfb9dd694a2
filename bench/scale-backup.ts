import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../test/e2e/harness';
import { sampleMemory, type MemoryPeak } from './proc-memory';

/**
 * The backup half of `npm run bench -- scale`: the Data page's export button, and the restore of
 * that file into a second, empty profile through its file input, checking every ad arrived.
 */

/** What a size's row records of the backup steps. */
export interface BackupRow {
  size: number;
  exportMb: number | null;
  exportOk: string;
  importOk: string;
  peaks: Record<string, MemoryPeak>;
}

export const ms = (v: number | null) => (v === null ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
export const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
export const runs = (list: number[]) => list.map((x) => x.toFixed(0)).join(', ');

export async function libraryPage(session: ExtensionSession, hash: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/library.html${hash}`);
  return page;
}

/** Exports through the Data page; returns the downloaded file's path. */
export async function exportBackup(page: Page, base: string, row: BackupRow): Promise<string | null> {
  await page.goto('about:blank');
  await page.goto(`${base}#/data`);
  const t0 = Date.now();
  try {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 3_600_000 }), page.getByTestId('export-backup').click()]);
    // The download's own file goes with the browser context: keep a copy for the restore.
    const path = join(tmpdir(), `roleclip-scale-${process.pid}-${row.size}.json`);
    await download.saveAs(path);
    const bytes = statSync(path).size;
    await page.getByTestId('data-status').filter({ hasText: '已导出' }).waitFor({ timeout: 60_000 });
    row.exportMb = bytes / 1024 / 1024;
    row.exportOk = 'ok';
    console.log(`  backup export: ${row.exportMb.toFixed(1)} MB in ${ms(Date.now() - t0)}`);
    return path;
  } catch (error) {
    row.exportOk = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    console.log(`  backup export ${row.exportOk}`);
    return null;
  }
}

/** Restores the file into a fresh, empty profile through the Data page; checks every ad arrived. */
export async function restore(file: string, size: number, row: BackupRow): Promise<void> {
  const session = await launchWithExtension();
  const memory = sampleMemory(session.profile);
  try {
    const page = await libraryPage(session, '#/data');
    const t0 = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    const status = page.getByTestId('data-status');
    const confirm = page.getByTestId('import-confirm');
    await Promise.race([confirm.waitFor({ timeout: 3_600_000 }), status.getByRole('alert').waitFor({ timeout: 3_600_000 })]);
    if (!(await confirm.isVisible())) {
      row.importOk = `refused: ${(await status.innerText()).replace(/\s+/g, ' ').trim()}`;
    } else {
      const previewed = Date.now() - t0;
      await confirm.click();
      await Promise.race([status.filter({ hasText: '已导入' }).waitFor({ timeout: 3_600_000 }), status.getByRole('alert').waitFor({ timeout: 3_600_000 })]);
      const stored = await page.evaluate(
        () =>
          new Promise<number>((done, fail) => {
            const open = indexedDB.open('roleclip');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('postings').objectStore('postings').count();
              req.onsuccess = () => (done(req.result), open.result.close());
            };
          }),
      );
      row.importOk = stored === size ? 'ok' : `failed: ${stored} of ${size} ads stored; ${(await status.innerText()).replace(/\s+/g, ' ').trim()}`;
      console.log(`  restore into an empty profile: preview ${ms(previewed)}, whole import ${ms(Date.now() - t0)}`);
    }
    console.log(`  re-import: ${row.importOk}`);
  } finally {
    row.peaks.import = memory.stop();
    await session.close();
  }
}

