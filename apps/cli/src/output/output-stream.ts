import type { Writable } from 'node:stream';

/**
 * stdout refused a write. EPIPE means its reader went away (`pinkit get-user-pins | head -1`):
 * not a failure of pinkit, so the command stops quietly with exit 0, as cat, grep and git do.
 * Anything else (ENOSPC on a full disk, EIO) means output was lost: exit 1 with one line.
 */
export class OutputWriteError extends Error {
  override readonly name = 'OutputWriteError';
  readonly code: string | undefined;

  constructor(cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`Could not write the output: ${detail}`, { cause });
    this.code = typeof code === 'string' ? code : undefined;
  }

  /** The reader closed the pipe; nothing was lost that anyone wanted. */
  get readerClosed(): boolean {
    return this.code === 'EPIPE';
  }
}

// One watch per stream: several Output objects may write to the same stdout in one run.
const failures = new WeakMap<Writable, { error: OutputWriteError | undefined }>();

/**
 * Starts recording the first write error on `stream`. Without a listener, an 'error' event
 * (EPIPE arrives on the tick after the write) would crash the process with a stack trace.
 */
export function watchOutput(stream: Writable): void {
  if (failures.has(stream)) return;
  const state: { error: OutputWriteError | undefined } = { error: undefined };
  failures.set(stream, state);
  stream.on('error', (error) => (state.error ??= new OutputWriteError(error)));
}

/** The first write error seen on `stream`, if any. */
export function outputFailure(stream: Writable): OutputWriteError | undefined {
  return failures.get(stream)?.error;
}

/** Waits until everything written so far has reached `stream`'s destination or failed. */
export async function settleOutput(stream: Writable): Promise<OutputWriteError | undefined> {
  watchOutput(stream);
  if (!outputFailure(stream) && stream.writableNeedDrain && !stream.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done).off('error', done).off('close', done);
        resolve();
      };
      stream.on('drain', done).on('error', done).on('close', done);
    });
  }
  // A failed write reports its error on a later tick, after the write call has returned.
  await new Promise((resolve) => setImmediate(resolve));
  return outputFailure(stream);
}
