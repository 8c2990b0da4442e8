import { argumentsOf } from '@pinkit/arguments';
import { pathSegmentProblem } from '@pinkit/http';

const check = argumentsOf('answerId');

// Ids read from answers (listings, created objects) go into the paths of later calls: the copy
// engine maps every item by its id in the journal, the ads tree lists the children of each id.
// Both versions' adapters check them here, so that a bad one is reported as the server's fault
// (exit 1) and not as the InvalidPathParamError of an id the user typed (exit 2).

/** Pinterest answered with an id that is missing or cannot be used in a path: its fault, not the caller's. */
export class AnswerIdError extends Error {
  override name = 'AnswerIdError';
  /** What the id belonged to: `board`, `pin`, `ad account`. */
  readonly what: string;

  constructor(what: string, reason: string) {
    super(
      `Pinterest returned a bad ${what} id: the id ${reason}; the server sent it, not you. ` +
        'Try again, and check PINTEREST_API_URI if it keeps happening.',
    );
    this.what = what;
  }
}

/** `id`, checked to be usable as one path segment; AnswerIdError otherwise. */
export function answerId(id: unknown, what: string): string {
  check.string(what, 'what', { singleLine: true, maxLength: 100 });
  const reason = pathSegmentProblem(id);
  if (reason) throw new AnswerIdError(what, reason);
  return id as string;
}

/** The item, known to have an id: one without cannot be mapped in a journal; better to stop on it than to guess. */
export function withId<T extends { id?: string | null | undefined }>(item: T, what: string): T & { id: string } {
  answerId(item.id, what);
  return item as T & { id: string };
}

/** A listing whose items are checked by `withId` as they arrive. */
export async function* withIds<T extends { id?: string | null | undefined }>(
  listing: AsyncIterable<T>,
  what: string,
): AsyncGenerator<T & { id: string }> {
  for await (const item of listing) yield withId(item, what);
}
