import { pathSegmentProblem } from './path-segment.js';

// Ids read from answers (listings, created objects) go into the paths of later calls: the copy
// engine maps every item by its id in the journal, the ads tree lists the children of each id,
// publishing looks up the sections of the board it created. Checked here, a bad one is reported
// as the server's fault (exit 1 in the CLI), not as the InvalidPathParamError of an id the user
// typed (exit 2).

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
  const reason = pathSegmentProblem(id);
  if (reason) throw new AnswerIdError(what, reason);
  return id as string;
}
