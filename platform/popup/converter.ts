import { converterInstalled, installConverter, needsConversion, onConverterMissing } from '@/lib/text/normalize';

/**
 * OpenCC's Traditional -> Simplified converter in the popup: ~27 KB gzip of dictionaries that an
 * open of a Simplified page does not use, so a chunk loaded only when needed: before the page's or
 * a paste's text is read when it holds text OpenCC would change (normalize.ts needsConversion),
 * before the saved ads a comparison reads when they do, before the matcher's index is built from
 * scratch (the library's aliases hold Traditional forms) and before any write.
 *
 * A text that reaches the converter before it is loaded anyway (a character the page wrote as an
 * entity or a JSON escape, which the scan of its HTML does not see) makes the popup start over
 * with the converter loaded first: answers computed meanwhile, and the memos that keep them, may
 * hold the unconverted text. The flag lives in this popup's session only.
 */
const FIRST = 'roleclip:converter-first';

let loading: Promise<unknown> | null = null;
/** Loads the converter; `why` names the first asker in a stage mark ('roleclip:converter-<why>'). */
export function loadConverter(why: string): Promise<unknown> {
  if (!loading) performance.mark(`roleclip:converter-${why}`);
  // Installed by the module's evaluation; again here should a test have removed it since.
  loading ??= import('@/lib/text/opencc').then((m) => converterInstalled() || installConverter(m.makeOpenCC));
  return loading;
}

// The scan costs ~5 ms a million characters here: past that, loading the chunk is cheaper than
// reading the text for a reason to (a page that big takes hundreds of ms to parse anyway).
export const SCAN_LIMIT = 1_000_000;

/** Loads the converter when any of these texts needs it (or is too long to scan); undefined when none does. */
export function converterFor(texts: readonly string[], why: string): Promise<unknown> | undefined {
  return texts.some((text) => text.length > SCAN_LIMIT || needsConversion(text)) ? loadConverter(why) : undefined;
}

/** This popup started over because a text needed the converter: load it before anything else. */
export const converterFirst = (store: Pick<Storage, 'getItem'> = sessionStorage): boolean => store.getItem(FIRST) === '1';

/** Installs the start-over (once) for a text that needs the converter before it is loaded. */
export function startOverWhenMissing(store: Pick<Storage, 'setItem'> = sessionStorage, reload = () => location.reload()): void {
  let started = false;
  onConverterMissing(() => {
    if (started) return;
    started = true;
    store.setItem(FIRST, '1');
    reload();
  });
}
