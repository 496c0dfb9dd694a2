import '../text/opencc'; // the Traditional -> Simplified converter, before any command runs
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processIo, UsageError, type Command, type Io } from './io';

/**
 * The command-line twin of the extension: `npm run --silent cli -- <command> …`. Each command is
 * a file lib/cli/commands/<name>.ts exporting a default Command, so adding one touches nothing here.
 */
const here = dirname(fileURLToPath(import.meta.url));

function commandNames(): string[] {
  return ['analyze', 'compare'].filter((n) => existsSync(join(here, 'commands', `${n}.ts`)));
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.err(`usage: cli <command> [args]\ncommands: ${commandNames().join(', ')} (or any lib/cli/commands/<name>.ts)`);
    return name ? 0 : 2;
  }
  const file = join(here, 'commands', `${name}.ts`);
  if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(file)) {
    io.err(`cli: unknown command "${name}"; commands: ${commandNames().join(', ')}`);
    return 2;
  }
  try {
    const mod = (await import(file)) as { default: Command };
    return await mod.default(args, io);
  } catch (error) {
    // Input problems and anything unexpected alike: one line, no stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.err(error instanceof UsageError ? `${name}: ${message}` : `${name}: failed: ${message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
