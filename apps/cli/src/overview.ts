import { WriteStream } from 'node:tty';
import type { BaseContext } from 'clipanion';
import { readCommandManifest, type ManifestEntry } from './command-manifest.js';
import { commandOverview } from './help/command-overview.js';
import { useColor } from './output/use-color.js';
import { VERSION } from './version.js';

/** The colour depth of the terminal, as clipanion reads it, without importing clipanion. */
export function terminalColorDepth(): number {
  return WriteStream.prototype.getColorDepth();
}

/**
 * `pinkit` and `pinkit --help`: the command overview, from the manifest written at build time
 * alone (no command module, no parser), so the binary can print it before loading the CLI.
 */
export function overviewText(
  context: Pick<BaseContext, 'stdout' | 'colorDepth' | 'env'>,
  manifest: readonly ManifestEntry[] = readCommandManifest(),
): string {
  return commandOverview(manifest, { version: VERSION, colored: useColor(context) });
}
