import { homedir } from 'node:os';
import { join } from 'node:path';

type XdgVariable = 'XDG_CONFIG_HOME' | 'XDG_STATE_HOME' | 'XDG_CACHE_HOME';

/**
 * One of the user's base folders as the XDG variables name them (`XDG_CONFIG_HOME`, ...), else the
 * XDG default below the home folder (`.config`, `.local/state`, `.cache`), on every system alike.
 */
export function userDir(env: Record<string, string | undefined>, variable: XdgVariable, ...fallback: string[]): string {
  return env[variable]?.trim() || join(env.HOME?.trim() || homedir(), ...fallback);
}
