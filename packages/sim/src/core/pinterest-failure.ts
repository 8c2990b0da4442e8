/**
 * A request the simulator refuses, thrown by validators and handlers and turned into a
 * Pinterest error body (`{code, message}`) by the request pipeline. Codes and wording follow
 * the examples in Pinterest's OpenAPI description where it gives them.
 */
export class PinterestFailure extends Error {
  override readonly name = 'PinterestFailure';

  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly messageDetail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): { code: number; message: string; message_detail?: string } {
    return this.messageDetail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, message_detail: this.messageDetail };
  }
}

export const failures = {
  invalidParameters: (message: string) => new PinterestFailure(400, 1, message),
  invalidUrl: (field: string) =>
    new PinterestFailure(400, 1, `Whoops! It looks like you entered an invalid URL. Try creating a Pin again with a valid URL. (${field})`),
  authenticationFailed: () => new PinterestFailure(401, 2, 'Authentication failed.'),
  missingScopes: (missing: readonly string[], status = 403) =>
    new PinterestFailure(
      status,
      3,
      'Your token does not have sufficient permissions to perform this operation. ' +
        'Please ensure your token is authorized with the correct set of scopes. ' +
        `Missing: ${missing.join(', ')}.`,
    ),
  notPermitted: () => new PinterestFailure(403, 29, 'You are not permitted to access that resource.'),
  methodNotAllowed: () => new PinterestFailure(405, 5, 'Method not allowed'),
  routeNotFound: (path: string) => new PinterestFailure(404, 404, `No such endpoint: ${path}`),
  boardNotFound: () => new PinterestFailure(404, 40, 'Board not found.'),
  pinNotFound: () => new PinterestFailure(404, 50, 'Pin not found.'),
  sectionNotFound: () => new PinterestFailure(404, 2031, "Sorry! We couldn't find this board section."),
  notFound: () => new PinterestFailure(404, 404, 'Not found: it was deleted.'),
  mediaNotFound: () => new PinterestFailure(404, 404, 'Media upload not found.'),
  sectionConflict: (name: string) =>
    new PinterestFailure(409, 409, `Board section conflict: this board already has a section named "${name}".`),
  boardNameTaken: (name: string) => new PinterestFailure(400, 1, `Invalid parameters: you already have a board named "${name}".`),
  rateLimited: (retryAfterSeconds: number) =>
    new PinterestFailure(
      429,
      8,
      'Rate limit exceeded. This request exceeded a rate limit. ' +
        'This can happen if the client exceeds one of the published rate limits within a short time window.',
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
  // The quickstart tells spam from a rate limit by "spam" in message_detail or message.
  spam: (domain: string) =>
    new PinterestFailure(
      429,
      8,
      'Your request was blocked because it looks like spam',
      `Links to ${domain} are blocked as spam; this Pin was not created.`,
    ),
  payloadTooLarge: (limit: number) => new PinterestFailure(413, 1, `Request body is larger than ${limit} bytes.`),
  internalError: () => new PinterestFailure(500, 500, 'Internal server error (injected by the simulator).'),
  unavailable: () => new PinterestFailure(503, 503, 'Service unavailable (injected by the simulator). Please try again later.'),
};
