import type { BaseContext } from 'clipanion';
import type { PinkitContext } from './base/pinkit-context.js';
import { commandList } from './command-list.js';
import { readCommandManifest } from './command-manifest.js';
import { asksForOverview } from './help/asks-for-overview.js';
import { commandPaths } from './help/command-paths.js';
import { leadingWords, matchedPath, unknownCommandLine } from './help/unknown-command.js';
import { EXIT_USAGE } from './output/describe-error.js';
import { overviewText, terminalColorDepth } from './overview.js';
import { useColor } from './output/use-color.js';
import { VERSION } from './version.js';

export { VERSION } from './version.js';

// Clipanion's default context, made without importing clipanion (its parser is what a start-up
// avoids); the colour depth is the environment's, as clipanion reads it.
const defaultContext = (): BaseContext => ({
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  colorDepth: terminalColorDepth(),
});

/** Runs `pinkit` with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], context: Partial<PinkitContext> = {}): Promise<number> {
  const ctx: PinkitContext = { ...defaultContext(), ...context };
  const colored = useColor(ctx);
  const manifest = readCommandManifest();
  // Entry i of the manifest describes loader i; a build that skipped the manifest would run the wrong command.
  if (manifest.length !== commandList.length)
    throw new Error('dist/command-manifest.json does not match the command list; run "pnpm build".');
  // The overview and a mistyped name need only the manifest: no command module and no parser.
  if (asksForOverview(argv)) {
    ctx.stdout.write(overviewText(ctx, manifest));
    return 0;
  }
  const paths = commandPaths(manifest);
  const words = leadingWords(argv);
  const path = matchedPath(words, paths);
  if (words.length > 0 && path === undefined) {
    ctx.stderr.write(`pinkit: ${unknownCommandLine(words, paths)}\n`);
    return EXIT_USAGE;
  }
  // The command named, or (with options before its name: `pinkit -l 3 get-pin ...`) every one, for
  // clipanion to tell which is meant. A lone option is --version or a mistake.
  const commandsFor = async (line: readonly string[]) => {
    const named = matchedPath(leadingWords(line), paths)?.join(' ');
    const index = manifest.findIndex((entry) => entry.paths.some((candidate) => candidate.join(' ') === named));
    const loaders = index >= 0 ? [commandList[index]!] : line.length > 1 ? commandList : [];
    return Promise.all(loaders.map((load) => load()));
  };
  // Both at once: the parser's chunk and the command's (loaded again from the module cache).
  const [{ runCommand }] = await Promise.all([import('./run-command.js'), commandsFor(argv)]);
  return runCommand(argv, ctx, commandsFor, { version: VERSION, colored, paths });
}
