/** A one-line account of a failure from any client, with Pinterest's request id when known. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const requestId =
    typeof error === 'object' && error !== null ? (error as Record<string, unknown>)['requestId'] : undefined;
  return typeof requestId === 'string' && requestId !== '' ? `${message} (request id ${requestId})` : message;
}

/** The options given to copyBoard cannot describe a copy; nothing was read or written. */
export class CopyOptionsError extends Error {
  override readonly name = 'CopyOptionsError';
}

/** The journal could not be read or written; without it the copy cannot promise exactly-once. */
export class JournalError extends Error {
  override readonly name = 'JournalError';
  readonly path: string;

  constructor(path: string, action: 'read' | 'write', cause: unknown) {
    super(
      `Could not ${action} the copy journal ${path}: ${describeError(cause)}. Check the path and its permissions.`,
      {
        cause,
      },
    );
    this.path = path;
  }
}

/** A listing or lookup kept failing after its retries. */
export class CopyReadError extends Error {
  override readonly name = 'CopyReadError';
  readonly what: string;

  constructor(what: string, cause: unknown) {
    super(`Could not read ${what}: ${describeError(cause)}`, { cause });
    this.what = what;
  }
}

/** Every further call would fail the same way (for example, the token was refused). */
export class CopyStoppedError extends Error {
  override readonly name = 'CopyStoppedError';

  constructor(cause: unknown) {
    super(
      `The copy stopped: ${describeError(cause)}. If the token expired, refresh it and run the same copy again; it resumes from the journal.`,
      { cause },
    );
  }
}
