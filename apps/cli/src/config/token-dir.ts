import { join } from 'node:path';
import { userDir } from './user-dir.js';

/**
 * Where token files live: `PINTEREST_OAUTH_TOKEN_DIR` (the quickstart's variable, so its files
 * and ours are the same files), else pinkit's own folder in the user's config directory.
 */
export function tokenDir(env: Record<string, string | undefined>): string {
  const configured = env.PINTEREST_OAUTH_TOKEN_DIR?.trim();
  if (configured) return configured;
  return join(userDir(env, 'XDG_CONFIG_HOME', '.config'), 'pinkit', 'tokens');
}
