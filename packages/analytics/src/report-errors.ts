/** A report that ended without a file: FAILED, EXPIRED, CANCELLED, or DOES_NOT_EXIST (an unknown or lapsed token). */
export class ReportFailedError extends Error {
  override name = 'ReportFailedError';
  /** FAILED, EXPIRED, CANCELLED, DOES_NOT_EXIST, or another end state a version reports. */
  readonly status: 'FAILED' | 'EXPIRED' | 'CANCELLED' | 'DOES_NOT_EXIST' | (string & {});
  readonly token: string;

  constructor(status: ReportFailedError['status'], token: string) {
    const why: Record<string, string> = {
      FAILED: 'Pinterest could not build it',
      EXPIRED: 'it expired before it was downloaded',
      CANCELLED: 'it was cancelled',
      DOES_NOT_EXIST: 'Pinterest does not know its token',
    };
    super(`The report ended ${status}: ${why[status] ?? 'it will not finish'}; request it again.`);
    this.status = status;
    this.token = token;
  }
}

/** The report was still not finished when the caller's overall time ran out. */
export class ReportTimeoutError extends Error {
  override name = 'ReportTimeoutError';
  readonly token: string;
  readonly waitedMs: number;

  constructor(token: string, waitedMs: number) {
    super(`The report was not ready after ${Math.round(waitedMs / 1000)} s; its token is ${token} if you want to poll it later.`);
    this.token = token;
    this.waitedMs = waitedMs;
  }
}

/** The finished report's file could not be fetched: a URL that is not http(s), an HTTP error, or a file over the size limit. */
export class ReportDownloadError extends Error {
  override name = 'ReportDownloadError';
  readonly status: number | undefined;

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
  }
}
