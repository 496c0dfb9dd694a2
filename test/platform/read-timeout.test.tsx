import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/popup/App';
import { PageTimeoutError, READ_TIMEOUT_MS, snapshotTab } from '@/platform/tab';
import { renderUi } from '../helpers/render';

/**
 * A page that never finishes loading (100k inline spans, a multi-MB line, a script that never
 * arrives) kept the injected reader from answering, and the popup sat on its skeleton for minutes.
 * The read is time-boxed: past READ_TIMEOUT_MS the popup says so and offers the paste box.
 */
const never = () => new Promise<never>(() => {});

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  // Unmount first: the popup's live queries (settings) must not answer into a torn-down page.
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  await new Promise((done) => setTimeout(done, 50));
});

describe('reading a page is time-boxed', () => {
  test('a reader that never answers is given up after the time box', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(never);
    const read = snapshotTab(7);
    const outcome = read.then(() => 'answered', (error: unknown) => error);
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS - 1);
    expect(await Promise.race([outcome, Promise.resolve('pending')])).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBeInstanceOf(PageTimeoutError);
  });

  test('a reader that answers in time is not affected', async () => {
    const snapshot = { url: 'https://example.com/job', title: 't', html: '<p>x</p>', selection: '', truncated: false };
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: snapshot }] as never);
    await expect(snapshotTab(7)).resolves.toEqual(snapshot);
  });

  test('the popup says the page could not be read in time and opens the paste box', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(never);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    // The body model's file is fetched from the package; jsdom has none (it would try localhost).
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('no package here'));
    window.history.replaceState(null, '', '/popup.html?tabId=7');
    renderUi(<App />);
    // (findBy* waits on timers, which are fake here: query directly after moving the clock.)
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS - 100));
    expect(screen.getByTestId('skeleton')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(100));
    const message = screen.getByText(/秒内没有读完/);
    expect(message.textContent).toContain(String(READ_TIMEOUT_MS / 1000));
    expect(screen.queryByTestId('skeleton')).toBeNull();
    expect(screen.getByLabelText('粘贴招聘文字')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
