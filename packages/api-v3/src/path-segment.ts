import { InvalidPathParamError } from './errors.js';

// v3 ids are digits and usernames are short; the limit only stops a runaway value from becoming a URL.
const MAX_LENGTH = 256;

function problem(value: unknown): string | undefined {
  if (value === undefined || value === null) return 'is missing';
  if (typeof value !== 'string') return `must be a string, not ${typeof value}`;
  if (value === '') return 'is empty';
  if (value.length > MAX_LENGTH) return `is longer than ${MAX_LENGTH} characters`;
  // Encoded or not, these would make the URL name another resource (`/pins/..` is `/`), so an id
  // taken from user input could call a different endpoint.
  if (value === '.' || value === '..') return `cannot be "${value}"`;
  if (/[/\\]/.test(value)) return `"${value}" cannot contain "/" or "\\" (it is one path segment)`;
  if (/\p{Cc}/u.test(value)) return 'cannot contain control characters';
  return undefined;
}

/** One id checked and URL-encoded for a path: `pathSegment('pins.get', 'pinId', id)`. */
export function pathSegment(call: string, param: string, value: unknown): string {
  const reason = problem(value);
  if (reason) throw new InvalidPathParamError({ call, param, value, reason });
  return encodeURIComponent(value as string);
}
