import type { ApiError, NetworkError } from '@pinkit/http';
import { limitLength } from './limit-length.js';
import { terminalSafe } from './terminal-safe.js';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** gh's "authentication required": scripts can tell a missing sign-in from other failures. */
export const EXIT_AUTH = 4;

/** An error the user caused by what they typed: shown as one line, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A command needs a token, none is stored, and there is no terminal to sign in from: exit code 4. */
export class AuthRequiredError extends Error {
  override name = 'AuthRequiredError';
}

/**
 * First line of an error's message, without clipanion's decorations, escaped and cut to a few
 * hundred characters: the message may quote the server, whose text must not drive the terminal
 * or fill it (a 5 MB error message has been seen).
 */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const newline = message.indexOf('\n');
  return limitLength(terminalSafe((newline === -1 ? message : message.slice(0, newline)).trim()));
}

function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && typeof (error as ApiError).status === 'number' && 'request' in error;
}

function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof Error && error.name === 'NetworkError';
}

/** The fields of the JournalLockedError of copy-board and publish, read by name so the engine need not be loaded. */
interface JournalLocked extends Error {
  path: string;
  lockPath: string;
  pid: number | null;
  host: string | null;
  sameHost: boolean;
}

function isJournalLocked(error: unknown): error is JournalLocked {
  return error instanceof Error && error.name === 'JournalLockedError';
}

/** Who holds a lock, and what to do if it died on another host (where its pid cannot be checked). */
function lockHolder(error: Omit<JournalLocked, 'path'>): { who: string; gone: string } {
  const who = error.pid === null ? '' : error.sameHost ? ` (pid ${error.pid})` : ` (pid ${error.pid} on ${error.host})`;
  const gone = error.sameHost ? '' : ` If it is no longer running, delete ${error.lockPath}.`;
  return { who, gone };
}

function journalLocked(error: JournalLocked): string {
  const { who, gone } = lockHolder(error);
  return `Another pinkit run${who} is using journal ${error.path}; wait for it to finish or use a different --journal.${gone}`;
}

/** The fields of copy-board's TargetLockedError, read by name like the journal's. */
type TargetLocked = Omit<JournalLocked, 'path'>;

function isTargetLocked(error: unknown): error is TargetLocked {
  return error instanceof Error && error.name === 'TargetLockedError';
}

function targetLocked(error: TargetLocked): string {
  const { who, gone } = lockHolder(error);
  return `Another pinkit copy${who} is writing into the same target account; wait for it to finish, then run this one again (it adopts what that one copied).${gone}`;
}

/** A 429 whose Retry-After asked for longer than a client waits: "a little" would mislead. */
function longWait(error: ApiError): boolean {
  const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof retryAfterMs === 'number' && retryAfterMs > 120_000;
}

// Pinterest answers a pin it will not show with the same 404 (code 50) as one that does not exist.
// Which pins those are depends on the operation, so the hint says it for the request that failed.
const PIN_BY_ID = /\/v5\/pins\/\d+(?:\?|$)/;
const PIN_SAVE = /\/v5\/pins\/\d+\/save(?:\?|$)/;

function notFoundHint(error: ApiError): string {
  if (error.code === 50 && error.request.method === 'GET' && PIN_BY_ID.test(error.request.url)) {
    return (
      'Not found - check the id; Pinterest reads by id only your own pins and those on group boards shared with you ' +
      "(save-pin can still save anyone's public pin). "
    );
  }
  if (error.code === 50 && PIN_SAVE.test(error.request.url)) {
    return 'Not found - check the id; a pin on a secret board of another user cannot be saved either. ';
  }
  return 'Not found - check the id. ';
}

/**
 * One line a user can act on. HTTP failures get a plain-words prefix, then Pinterest's own
 * message, then the request id, which Pinterest support asks for.
 */
export function describeError(error: unknown): string {
  return terminalSafe(describeRaw(error));
}

function describeRaw(error: unknown): string {
  if (isApiError(error)) {
    const hint =
      error.status === 401
        ? 'Authentication failed - your access token may have expired or been revoked. '
        : error.status === 403
          ? 'Permission denied - the access token lacks a scope this call needs. '
          : error.status === 404
            ? notFoundHint(error)
            : error.name === 'RateLimitError'
              ? longWait(error)
                ? 'Rate limited by Pinterest. '
                : 'Rate limited by Pinterest - wait a little and try again. '
              : error.name === 'SpamError'
                ? 'Pinterest refused this as spam. '
                : '';
    // Trial apps are told (code 29) to use the sandbox; say how.
    const sandboxHint =
      error.code === 29 && /sandbox/i.test(error.message)
        ? " Run with --sandbox (or PINTEREST_SANDBOX=1) to use Pinterest's API sandbox."
        : '';
    return `${hint}${oneLine(error)}${error.requestId ? ` (request id ${error.requestId})` : ''}${sandboxHint}`;
  }
  if (isJournalLocked(error)) return journalLocked(error);
  if (isTargetLocked(error)) return targetLocked(error);
  // Publishing stops at a trial app's first write; the hint is the same as for any code 29.
  if (error instanceof Error && error.name === 'TrialAccessError') {
    return `${oneLine(error)} Run with --sandbox (or PINTEREST_SANDBOX=1) to use Pinterest's API sandbox.`;
  }
  if (isNetworkError(error)) return `Cannot reach Pinterest: ${oneLine(error)}. Check PINTEREST_API_URI and your network.`;
  return oneLine(error);
}

// Errors that mean "what you typed or configured is wrong", from any package, by name so that
// the packages need not be loaded to classify them.
const INPUT_ERRORS = new Set([
  'InputError',
  'UnknownScopeError',
  'InvalidTokenNameError',
  'MissingAppCredentialsError',
  'InvalidRedirectUriError',
  'InvalidPathParamError',
  'SandboxUnsupportedError',
  'UnsupportedCapabilityError',
  'SandboxVersionError',
  'AnalyticsAttributeError',
  'MissingAttributeError',
  'InvalidDateError',
  'DateRangeError',
  'UnknownValueError',
  'PlanValidationError',
  // A library refusing an argument: the CLI checks its flags itself, so what reaches a library
  // wrongly is a value the user configured (a line break in PINTEREST_APP_ID, say).
  'ArgumentError',
]);

export function exitCodeFor(error: unknown): number {
  if (error instanceof AuthRequiredError) return EXIT_AUTH;
  return error instanceof Error && INPUT_ERRORS.has(error.name) ? EXIT_USAGE : EXIT_FAILURE;
}
