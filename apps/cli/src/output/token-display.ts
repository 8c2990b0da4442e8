import { createHash } from 'node:crypto';

/**
 * How a token is shown: its SHA-256 hash by default, as the quickstart does, so two runs can
 * be compared without the secret reaching a terminal, a log or a CI transcript.
 */
export function showToken(label: string, token: string | null | undefined, cleartext: boolean): string {
  if (!token) return `${label}: (none)`;
  return cleartext ? `${label}: ${token}` : `hashed ${label}: ${createHash('sha256').update(token).digest('hex')}`;
}
