import { Cli } from 'clipanion';
import type { BaseContext } from 'clipanion';
import { commands } from './commands/index.js';
import { EXIT_USAGE, oneLine } from './output/describe-error.js';

export const VERSION = '0.1.0';

/** Runs `pinkit` with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], context: Partial<BaseContext> = {}): Promise<number> {
  const cli = new Cli({ binaryLabel: 'pinkit', binaryName: 'pinkit', binaryVersion: VERSION });
  for (const command of commands) cli.register(command);
  const ctx = { ...Cli.defaultContext, ...context };
  let command;
  try {
    command = cli.process(argv, ctx);
  } catch (error) {
    // Clipanion prints parse errors with the whole usage on stdout; we keep stdout for results.
    ctx.stderr.write(`pinkit: ${oneLine(error)}\nRun "pinkit ${argv[0] && !argv[0].startsWith('-') ? `${argv[0]} ` : ''}--help" for usage.\n`);
    return EXIT_USAGE;
  }
  return cli.run(command, ctx);
}
