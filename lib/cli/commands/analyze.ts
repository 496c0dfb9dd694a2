import { z } from 'zod';
import { extractFromText } from '../../extract/index';
import type { ExtractionResult } from '../../extract/types';
import { analyzeFile, analyzeHtml } from '../page';
import { UsageError, type Io } from '../io';
import { resultOutput } from '../output';

// compare.ts (and others) read pages through analyze: kept as a re-export.
export { analyzeHtml } from '../page';

/**
 * analyze FILE [--url URL] [--title TITLE]   a page (.html/.htm) or a text file; `-` reads stdin
 * analyze --jsonl                           JSON lines on stdin: {"id","text","title"?} or
 *                                           {"id","html","url"}; one result line per input
 */
const USAGE = 'usage: analyze FILE|- [--url URL] [--title TITLE] | analyze --jsonl < records.jsonl';

function parseArgs(args: string[]) {
  const opts = { file: '', url: '', title: '', jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jsonl') opts.jsonl = true;
    else if (a === '--url' || a === '--title') {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value\n${USAGE}`);
      opts[a === '--url' ? 'url' : 'title'] = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (opts.file) throw new UsageError(`one FILE only\n${USAGE}`);
    else opts.file = a;
  }
  if (!opts.jsonl && !opts.file) throw new UsageError(USAGE);
  if (opts.jsonl && opts.file) throw new UsageError(`--jsonl reads stdin; no FILE\n${USAGE}`);
  return opts;
}

const Record = z.union([
  z.object({ id: z.union([z.string(), z.number()]), text: z.string(), title: z.string().optional(), url: z.string().optional() }),
  z.object({ id: z.union([z.string(), z.number()]), html: z.string(), url: z.string().optional() }),
]);

async function jsonl(io: Io): Promise<number> {
  let n = 0;
  let bad = 0;
  for await (const line of io.stdinLines()) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      // A byte-order mark before the first record (files saved by Windows editors), as backup import allows.
      value = JSON.parse(n === 1 ? line.replace(/^\ufeff/, '') : line);
    } catch {
      bad++;
      io.err(`analyze: line ${n}: not JSON`);
      continue;
    }
    const rec = Record.safeParse(value);
    if (!rec.success) {
      bad++;
      io.err(`analyze: line ${n}: expected {"id","text","title"?} or {"id","html","url"}`);
      continue;
    }
    const r = rec.data;
    const result = 'html' in r ? analyzeHtml(r.html, r.url ?? '') : extractFromText(r.text, { title: r.title, url: r.url });
    io.out(JSON.stringify({ id: r.id, ...resultOutput(result) }));
  }
  return bad ? 1 : 0;
}

export default async function analyze(args: string[], io: Io): Promise<number> {
  const opts = parseArgs(args);
  if (opts.jsonl) return jsonl(io);
  let result: ExtractionResult;
  if (opts.file === '-') {
    result = extractFromText(await io.readStdin(), { url: opts.url, title: opts.title || undefined });
  } else {
    result = analyzeFile(opts.file, opts.url, opts.title);
  }
  io.out(JSON.stringify(resultOutput(result)));
  return 0;
}
