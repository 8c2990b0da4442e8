import type { PinterestFailure } from '../core/pinterest-failure.js';
import type { Reply } from '../core/route.js';

/** A refusal in v3's envelope, `{status: 'failure', code, message}`, for the `formatError` of v3 routes. */
export function v3ErrorReply(failure: PinterestFailure): Reply {
  return { status: failure.status, body: { status: 'failure', code: failure.code, message: failure.message }, headers: failure.headers };
}
