/**
 * An import's text, a piece at a time: a File's bytes through its stream and a UTF-8 decoder (the
 * file is never one string in memory), or a string in slices (tests, the command line).
 */

/** A File or Blob (the UI's file picker), or the text itself. */
export type ImportInput = string | { size: number; stream(): ReadableStream<Uint8Array> };

const STRING_SLICE = 1 << 20;

/** Yields the text in order; `onRead(done, total)` follows the bytes (or characters) read. */
export async function* importText(input: ImportInput, onRead?: (done: number, total: number) => void): AsyncGenerator<string> {
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i += STRING_SLICE) {
      yield input.slice(i, i + STRING_SLICE);
      onRead?.(Math.min(i + STRING_SLICE, input.length), input.length);
    }
    return;
  }
  // fatal: bytes that are not UTF-8 are not a RoleClip file; say so rather than read U+FFFD.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = input.stream().getReader();
  let done = 0;
  try {
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      done += value.byteLength;
      yield decoder.decode(value, { stream: true });
      onRead?.(done, input.size);
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}
