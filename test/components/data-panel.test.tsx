import { afterEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { DataPanel, type Progress } from '@/components/library/DataPanel';
import type { ImportReport } from '@/lib/library/backup';
import { renderUi } from '../helpers/render';

afterEach(cleanup);

/** A promise the test settles by hand, so the panel can be looked at while an action runs. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const REPORT: ImportReport = {
  format: 'roleclip-backup',
  dryRun: false,
  roles: { added: ['designer'], replaced: [], kept: [] },
  aliases: { added: 1, replaced: 0, kept: 0, unknownRole: 0 },
  postings: { added: 3, duplicates: [], renamed: [], unknownRole: 0 },
  settings: 'none',
};

function panel(overrides: Partial<Parameters<typeof DataPanel>[0]> = {}, locale: 'zh_CN' | 'en' = 'zh_CN') {
  const props: Parameters<typeof DataPanel>[0] = {
    usage: null,
    persisted: true,
    onExport: vi.fn(async () => undefined),
    onPreview: vi.fn(async () => REPORT),
    onImport: vi.fn(async () => REPORT),
    onPersist: vi.fn(async () => true),
    describeError: (error) => ({ message: `bad: ${String((error as Error).message)}`, issues: ['postings[0].title: required'] }),
    ...overrides,
  };
  renderUi(<DataPanel {...props} />, locale);
  return props;
}

test('an export in progress says how far it is, with a bar of done over total, and blocks a second action', async () => {
  const running = deferred<void>();
  let report!: Progress;
  panel({
    onExport: (_what, progress) => {
      report = progress;
      return running.promise;
    },
  });
  fireEvent.click(screen.getByTestId('export-backup'));
  const status = await screen.findByRole('status');
  expect(status.getAttribute('aria-busy')).toBe('true');
  expect(status.textContent).toBe('正在处理…');
  // The clock is held: the throttle (one report shown per 100 ms) is what is tested, not the machine's speed.
  const clock = vi.spyOn(performance, 'now').mockReturnValue(10_000);
  act(() => report('正在导出：250 / 1000 条广告…', 250, 1000));
  const bar = screen.getByRole('progressbar', { name: '正在导出：250 / 1000 条广告…' }) as HTMLProgressElement;
  expect(bar.value).toBe(250);
  expect(bar.max).toBe(1000);
  expect((screen.getByTestId('export-backup') as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByTestId('import-file') as HTMLInputElement).disabled).toBe(true);
  // A second report within the throttle window is dropped: the screen keeps the first.
  act(() => report('正在导出：251 / 1000 条广告…', 251, 1000));
  expect(screen.getByTestId('data-progress').textContent).toContain('250 / 1000');
  clock.mockReturnValue(10_150);
  act(() => report('正在导出：900 / 1000 条广告…', 900, 1000));
  expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(900);
  clock.mockRestore();
  await act(async () => running.resolve());
  expect(screen.queryByTestId('data-progress')).toBeNull();
  expect(screen.getByTestId('data-status').textContent).toContain('已导出');
  expect((screen.getByTestId('export-backup') as HTMLButtonElement).disabled).toBe(false);
});

test('a failed import preview is an alert with its issues, and the buttons come back', async () => {
  panel({ onPreview: async () => Promise.reject(new Error('row 1')) });
  const file = new File(['{}'], 'bad.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('bad: row 1');
  expect(alert.querySelectorAll('li')).toHaveLength(1);
  expect(screen.queryByTestId('import-confirm')).toBeNull();
  expect((screen.getByTestId('export-backup') as HTMLButtonElement).disabled).toBe(false);
});

test('preview then import: the confirm button is disabled while importing, then the summary is shown (English)', async () => {
  const importing = deferred<ImportReport>();
  const props = panel({ onImport: () => importing.promise }, 'en');
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File(['{}'], 'b.json')] } });
  await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeTruthy());
  expect(props.onPreview).toHaveBeenCalledOnce();
  fireEvent.click(screen.getByTestId('import-confirm'));
  await waitFor(() => expect((screen.getByTestId('import-confirm') as HTMLButtonElement).disabled).toBe(true));
  expect(screen.getByRole('status').textContent).toBe('Working…');
  await act(async () => importing.resolve(REPORT));
  expect(screen.queryByTestId('import-confirm')).toBeNull();
  expect(screen.getByTestId('data-status').textContent).toMatch(/Imported/i);
});
