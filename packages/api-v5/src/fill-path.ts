import { InvalidPathParamError } from './errors.js';

// v5 ids are digits, at most 20 of them; usernames and the few opaque keys are short too. The
// limit only stops a runaway value from becoming a URL, so it is generous.
const MAX_LENGTH = 256;

function problem(value: unknown): string | undefined {
  if (value === undefined || value === null) return 'is missing';
  if (typeof value !== 'string') return `must be a string, not ${typeof value}`;
  if (value === '') return 'is empty';
  if (value.length > MAX_LENGTH) return `is longer than ${MAX_LENGTH} characters`;
  // Encoded or not, these would make the URL name another resource (`/pins/..` is `/`), so an
  // id taken from user input could call a different endpoint.
  if (value === '.' || value === '..') return `cannot be "${value}"`;
  if (/[/\\]/.test(value)) return `"${value}" cannot contain "/" or "\\" (it is one path segment)`;
  if (/\p{Cc}/u.test(value)) return 'cannot contain control characters';
  return undefined;
}

/** The operation's path template (`/boards/{board_id}`) with each placeholder checked and URL-encoded. */
export function fillPath(operationId: string, template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{([^{}]+)\}/g, (_placeholder, param: string) => {
    const value = params?.[param];
    const reason = problem(value);
    if (reason) throw new InvalidPathParamError({ operationId, param, value, reason });
    return encodeURIComponent(value as string);
  });
}
