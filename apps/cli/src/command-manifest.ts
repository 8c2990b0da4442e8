import { createRequire } from 'node:module';
import type { CommandInfo } from './help/command-paths.js';

/** What is known of a command without loading it: its paths, category and one-line description. */
export interface ManifestEntry extends CommandInfo {
  paths: string[][];
  usage: { category: string; description: string };
}

/**
 * The commands of command-list.ts, entry for entry, as scripts/write-command-manifest.mjs read
 * them from the built classes. Read as data so that `pinkit --help`, a mistyped command and the
 * choice of which module to load cost no command module. dist/main.js and the bundle's entry
 * (dist/pinkit.js) both sit beside the file.
 */
export function readCommandManifest(): ManifestEntry[] {
  return createRequire(import.meta.url)('./command-manifest.json') as ManifestEntry[];
}
