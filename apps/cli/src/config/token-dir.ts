import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where token files live: `PINTEREST_OAUTH_TOKEN_DIR` (the quickstart's variable, so its files
 * and ours are the same files), else pinkit's own folder in the user's config directory.
 */
export function tokenDir(env: Record<string, string | undefined>): string {
  const configured = env.PINTEREST_OAUTH_TOKEN_DIR?.trim();
  if (configured) return configured;
  const config = env.XDG_CONFIG_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.config');
  return join(config, 'pinkit', 'tokens');
}
