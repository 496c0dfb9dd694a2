import { createInterface } from 'node:readline';

/** What a command reads and writes: the process's streams, or a test's strings. */
export interface Io {
  /** All of stdin as text. */
  readStdin(): Promise<string>;
  /** stdin one line at a time (JSON lines: memory stays bounded). */
  stdinLines(): AsyncIterable<string>;
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinLines() {
    return createInterface({ input: process.stdin, crlfDelay: Infinity });
  },
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** A command: arguments in, exit code out. Files in lib/cli/commands/<name>.ts export one as default. */
export type Command = (args: string[], io: Io) => Promise<number>;

/** A problem with the user's input: reported as one line, never as a stack trace. */
export class UsageError extends Error {}
