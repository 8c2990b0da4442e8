import { Cli } from 'clipanion';
import type { BaseContext } from 'clipanion';
import { commands } from './command-list.js';
import { EXIT_USAGE, oneLine } from './output/describe-error.js';

export const VERSION = '0.1.0';

/** Runs `pinkit` with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], context: Partial<BaseContext> = {}): Promise<number> {
  const ctx = { ...Cli.defaultContext, ...context };
  // Colours only for a person at a terminal, and never with NO_COLOR (https://no-color.org).
  const colored = Boolean((ctx.stdout as { isTTY?: boolean }).isTTY) && ctx.colorDepth > 1 && !ctx.env.NO_COLOR;
  const cli = new Cli({ binaryLabel: 'pinkit', binaryName: 'pinkit', binaryVersion: VERSION, enableColors: colored });
  for (const command of commands) cli.register(command);
  // The overview needs only the command definitions: skip compiling the parser for every
  // command, which is most of what `pinkit --help` would otherwise cost.
  if (argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'))) {
    ctx.stdout.write(cli.usage(null, { colored }));
    return 0;
  }
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
