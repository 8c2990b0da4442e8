import { createRequire } from 'node:module';
import { Cli } from 'clipanion';
import type { PinkitContext } from './base/pinkit-context.js';
import { commands } from './command-list.js';
import { commandOverview } from './help/command-overview.js';
import { commandPaths } from './help/command-paths.js';
import { leadingWords, matchedPath, unknownCommandLine } from './help/unknown-command.js';
import { EXIT_USAGE, oneLine } from './output/describe-error.js';
import { useColor } from './output/use-color.js';

// From this package's own package.json (src/, dist/ and the bundle all sit one folder below it),
// so `changeset version` is the only place a version is written.
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** Clipanion's answer when no command path fits the words typed (or their arguments). */
function isCommandNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'UnknownSyntaxError' && error.message.startsWith('Command not found');
}

/** The line (or two) for a command line clipanion could not parse. */
function parseErrorText(argv: string[], error: unknown): string {
  const paths = commandPaths(commands);
  const words = leadingWords(argv);
  const path = matchedPath(words, paths);
  if (isCommandNotFound(error) && path === undefined) {
    if (words.length === 0) return `Unknown option "${argv[0]}"; run "pinkit --help" for the list of commands.\n`;
    return `${unknownCommandLine(words, paths)}\n`;
  }
  // The command exists; clipanion says "Command not found" also when its arguments do not fit.
  const message = isCommandNotFound(error) ? `Unexpected arguments for "pinkit ${path!.join(' ')}".` : oneLine(error);
  return `${message}\nRun "pinkit ${path ? `${path.join(' ')} ` : ''}--help" for usage.\n`;
}

/** Runs `pinkit` with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], context: Partial<PinkitContext> = {}): Promise<number> {
  const ctx = { ...Cli.defaultContext, ...context };
  const colored = useColor(ctx);
  // The overview needs only the command classes' paths and usage: no parser is built for it,
  // which is most of what `pinkit --help` would otherwise cost.
  if (argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'))) {
    ctx.stdout.write(commandOverview(commands, { version: VERSION, colored }));
    return 0;
  }
  const cli = new Cli({ binaryLabel: 'pinkit', binaryName: 'pinkit', binaryVersion: VERSION, enableColors: colored });
  for (const command of commands) cli.register(command);
  let command;
  try {
    command = cli.process(argv, ctx);
  } catch (error) {
    // Clipanion prints parse errors with the whole usage on stdout; we keep stdout for results.
    ctx.stderr.write(`pinkit: ${parseErrorText(argv, error)}`);
    return EXIT_USAGE;
  }
  return cli.run(command, ctx);
}
