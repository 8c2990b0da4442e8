import { join } from 'node:path';
import { userDir } from '../config/user-dir.js';

/** File-name-safe form of a value: letters, digits, dot, dash; anything else becomes `_`. */
function safe(value: string): string {
  return value.replace(/[^A-Za-z0-9.-]+/g, '_') || '_';
}

/**
 * Where a copy between two accounts keeps its journal:
 * `${XDG_STATE_HOME:-~/.local/state}/pinkit/copy-journals/<api host>/<source id>-to-<target id>.jsonl`.
 * Journals are state, not configuration, hence XDG's state directory. One file per (host, source
 * user, target user): the engine keys same-account copies by the new name inside the file, and a
 * `-b` copy and a later `--all` between the same accounts must see each other's boards. The host
 * keeps a local simulator, whose seeded user ids repeat on every start, away from Pinterest's.
 */
export function defaultJournalPath(
  env: Record<string, string | undefined>,
  apiUri: string,
  sourceUserId: string,
  targetUserId: string,
): string {
  return join(journalFolder(env, apiUri), `${safe(sourceUserId)}-to-${safe(targetUserId)}.jsonl`);
}

/**
 * The lock every copy into the account of `targetUserId` holds while it writes, whatever its
 * journal (`--journal` chooses another file, not another lock): `<same folder>/to-<target id>.lock`.
 */
export function targetLockPath(env: Record<string, string | undefined>, apiUri: string, targetUserId: string): string {
  return join(journalFolder(env, apiUri), `to-${safe(targetUserId)}.lock`);
}

function journalFolder(env: Record<string, string | undefined>, apiUri: string): string {
  return join(userDir(env, 'XDG_STATE_HOME', '.local', 'state'), 'pinkit', 'copy-journals', safe(new URL(apiUri).host));
}
