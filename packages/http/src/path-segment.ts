import { argumentsOf } from '@pinkit/arguments';
import { InvalidPathParamError } from './answer-errors.js';

const check = argumentsOf('pathSegment');
const NAME = { maxLength: 200, singleLine: true } as const;

// Pinterest ids are digits and usernames are short; the limit only stops a runaway value from
// becoming a URL, so it is generous.
const MAX_LENGTH = 256;

/** Why `value` cannot be one segment of an API path, or undefined when it can. */
export function pathSegmentProblem(value: unknown): string | undefined {
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

/** `value` checked and URL-encoded as one path segment of `operation`'s path; InvalidPathParamError otherwise. */
export function pathSegment(operation: string, param: string, value: unknown): string {
  check.string(operation, 'operation', NAME);
  check.string(param, 'param', NAME);
  const reason = pathSegmentProblem(value);
  if (reason) throw new InvalidPathParamError({ operation, param, value, reason });
  return encodeURIComponent(value as string);
}
