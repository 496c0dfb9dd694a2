/**
 * Reads a JSON object of lists a piece at a time (a backup: {"postings": [ … 100,000 rows … ], …}),
 * handing over each list element, and each other top-level value, as its own JSON text as soon as
 * it is complete. Nothing but the element being read is held, so a file of any size is read in
 * memory bounded by its largest row (`maxValueChars`), never as one giant string.
 * JSON.parse checks each piece; this only finds where pieces begin and end.
 */

export interface JsonPiece {
  /** The top-level key. */
  key: string;
  /** The position in the key's list, or -1 when the key's value is not a list. */
  index: number;
  /** The piece's JSON text. */
  text: string;
}

/** Malformed or truncated JSON, or a piece over the size limit. */
export class JsonStreamError extends Error {
  constructor(
    message: string,
    readonly kind: 'syntax' | 'too-large',
  ) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

const QUOTE = 34;
const BACKSLASH = 92;

type State = 'start' | 'first-key' | 'key' | 'colon' | 'value' | 'first-element' | 'element' | 'after-element' | 'after-value' | 'done';

export class JsonObjectSplitter {
  private buf = '';
  private pos = 0;
  /** Characters consumed before `buf` (for error positions). */
  private offset = 0;
  private state: State = 'start';
  private key = '';
  private index = 0;
  /** Every top-level key read so far (an empty list gives no piece, but its key is here). */
  readonly keys = new Set<string>();

  constructor(private readonly maxValueChars: number) {}

  /** Adds text; returns the pieces it completed. */
  push(chunk: string): JsonPiece[] {
    this.buf = this.buf.slice(this.pos) + chunk;
    this.offset += this.pos;
    this.pos = 0;
    const out: JsonPiece[] = [];
    for (;;) {
      const piece = this.step();
      if (piece === undefined) break;
      if (piece) out.push(piece);
    }
    if (this.buf.length - this.pos > this.maxValueChars) throw this.tooLarge();
    return out;
  }

  private tooLarge(): JsonStreamError {
    return new JsonStreamError(`a value at character ${this.offset + this.pos} is longer than ${this.maxValueChars} characters`, 'too-large');
  }

  /** The text ended: throws unless the object was closed. */
  end(): void {
    this.skipSpace();
    if (this.state !== 'done') throw this.error('the file ends before the JSON object does (it may be truncated)');
  }

  private error(what: string): JsonStreamError {
    return new JsonStreamError(`${what} (at character ${this.offset + this.pos})`, 'syntax');
  }

  private skipSpace(): void {
    const b = this.buf;
    let i = this.pos;
    while (i < b.length) {
      const c = b.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
      else break;
    }
    this.pos = i;
  }

  /** One transition: a piece, null (progress, no piece), or undefined (needs more text). */
  private step(): JsonPiece | null | undefined {
    this.skipSpace();
    if (this.pos >= this.buf.length) return undefined;
    const ch = this.buf[this.pos]!;
    const expect = (what: string, ok: boolean) => {
      if (!ok) throw this.error(`expected ${what}`);
      this.pos++;
      return null;
    };
    switch (this.state) {
      case 'start':
        this.state = 'first-key';
        return expect('a JSON object', ch === '{');
      case 'first-key':
      case 'key': {
        if (ch === '}' && this.state === 'first-key') return ((this.state = 'done'), expect('', true));
        if (ch !== '"') throw this.error('expected a key');
        const end = this.stringEnd(this.pos);
        if (end < 0) return undefined;
        this.key = JSON.parse(this.buf.slice(this.pos, end)) as string;
        this.keys.add(this.key);
        this.pos = end;
        this.state = 'colon';
        return null;
      }
      case 'colon':
        this.state = 'value';
        return expect('":"', ch === ':');
      case 'value':
        if (ch !== '[') return this.piece(-1, 'after-value');
        this.index = 0;
        this.state = 'first-element';
        return expect('', true);
      case 'first-element':
      case 'element':
        if (ch === ']' && this.state === 'first-element') return ((this.state = 'after-value'), expect('', true));
        return this.piece(this.index, 'after-element');
      case 'after-element':
        this.state = ch === ',' ? 'element' : 'after-value';
        return expect('"," or "]" in a list', ch === ',' || ch === ']');
      case 'after-value':
        this.state = ch === ',' ? 'key' : 'done';
        return expect('"," or "}"', ch === ',' || ch === '}');
      case 'done':
        throw this.error('text after the end of the JSON object');
    }
  }

  /** The value starting at pos, when complete in the buffer. */
  private piece(index: number, next: State): JsonPiece | undefined {
    if (!/["{[\-0-9tfn]/.test(this.buf[this.pos]!)) throw this.error('expected a value');
    const end = this.valueEnd(this.pos);
    if (end < 0) return undefined;
    if (end - this.pos > this.maxValueChars) throw this.tooLarge();
    const text = this.buf.slice(this.pos, end);
    this.pos = end;
    this.state = next;
    if (index >= 0) this.index++;
    return { key: this.key, index, text };
  }

  /** Index after the string starting at `from` (a quote), or -1 if it does not end in the buffer. */
  private stringEnd(from: number): number {
    const b = this.buf;
    let i = from + 1;
    for (;;) {
      const q = b.indexOf('"', i);
      if (q < 0) return -1;
      // A quote preceded by an odd number of backslashes is escaped.
      let slashes = 0;
      for (let k = q - 1; k > from && b.charCodeAt(k) === BACKSLASH; k--) slashes++;
      if (slashes % 2 === 0) return q + 1;
      i = q + 1;
    }
  }

  /** Index after the value starting at `from`, or -1 if it does not end in the buffer. */
  private valueEnd(from: number): number {
    const b = this.buf;
    const first = b.charCodeAt(from);
    if (first === QUOTE) return this.stringEnd(from);
    if (first !== 123 && first !== 91) {
      // A number, true, false or null: ends at the next delimiter.
      for (let i = from; i < b.length; i++) {
        const c = b.charCodeAt(i);
        if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9) return i;
      }
      return -1;
    }
    let depth = 0;
    for (let i = from; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c === QUOTE) {
        const end = this.stringEnd(i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
}
