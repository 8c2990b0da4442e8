import { createRequire } from 'node:module';
import { WriteStream } from 'node:tty';
import type { BaseContext, CommandClass } from 'clipanion';
import { commandList } from './command-list.js';
import { readCommandManifest } from './command-manifest.js';
import { commandOverview } from './help/command-overview.js';
import { commandPaths } from './help/command-paths.js';
import { leadingWords, matchedPath, unknownCommandLine } from './help/unknown-command.js';
import { EXIT_USAGE } from './output/describe-error.js';
import { useColor } from './output/use-color.js';

// From this package's own package.json (src/, dist/ and the bundle's entry all sit one folder
// below it), so `changeset version` is the only place a version is written.
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

// Clipanion's default context, made without importing clipanion (its parser is what a start-up
// avoids); the colour depth is the environment's, as clipanion reads it.
const defaultContext = (): BaseContext => ({
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colorDepth: WriteStream.prototype.getColorDepth(),
});

/** Runs `pinkit` with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], context: Partial<BaseContext> = {}): Promise<number> {
  const ctx = { ...defaultContext(), ...context };
  const colored = useColor(ctx);
  const manifest = readCommandManifest();
  // The overview and a mistyped name need only the manifest: no command module and no parser.
  if (argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'))) {
    ctx.stdout.write(commandOverview(manifest, { version: VERSION, colored }));
    return 0;
  }
  const paths = commandPaths(manifest);
  const words = leadingWords(argv);
  const path = matchedPath(words, paths);
  if (words.length > 0 && path === undefined) {
    ctx.stderr.write(`pinkit: ${unknownCommandLine(words, paths)}\n`);
    return EXIT_USAGE;
  }
  const named = path && manifest.findIndex((entry) => entry.paths.some((candidate) => candidate.join(' ') === path.join(' ')));
  // Options before the command's name (`pinkit -l 3 get-pin ...`) leave it to clipanion to tell
  // which command is meant: every one is loaded then. A lone option is --version or a mistake.
  const loaders: readonly (() => Promise<CommandClass>)[] =
    typeof named === 'number' ? [commandList[named]!] : argv.length > 1 ? commandList : [];
  const [{ runCommand }, commands] = await Promise.all([import('./run-command.js'), Promise.all(loaders.map((load) => load()))]);
  return runCommand(argv, ctx, commands, { version: VERSION, colored, paths });
}
