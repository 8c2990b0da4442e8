import { isAbsolute, resolve } from 'node:path';

export type MediaRef = { kind: 'url'; url: string } | { kind: 'file'; path: string };

const scheme = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * What one media cell names: an http(s) URL, or a local file (relative to `baseDir`). Returns a
 * message instead when it names neither usably.
 */
export function parseMediaRef(text: string, baseDir: string): MediaRef | string {
  const value = text.trim();
  if (value === '') return 'is empty';
  const found = scheme.exec(value);
  if (found === null) return { kind: 'file', path: isAbsolute(value) ? value : resolve(baseDir, value) };
  const protocol = found[1]?.toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return `"${value}" is not an http(s) URL`;
  if (!URL.canParse(value)) return `"${value}" is not a valid URL`;
  if (value.length > 2048) return 'is a URL longer than 2048 characters';
  return { kind: 'url', url: value };
}
