/**
 * A report's `report_status` that is not one of the statuses the API lists: a number, an object,
 * or a word it never documented. Polling on would only wait for nothing until the time runs
 * out, so it stops at once, naming the field.
 */
export class ReportStatusError extends Error {
  override name = 'ReportStatusError';
  /** The field: `report_status`. */
  readonly field = 'report_status';
  readonly token: string;
  /** What came, as the message shows it: a kind (`a number`) or a short quoted word. */
  readonly got: string;

  constructor(token: string, value: unknown, known: readonly string[]) {
    const got = shown(value);
    super(
      `Pinterest answered the report's report_status with ${got}, where one of ${known.join(', ')} was expected; ` +
        'request the report again, and check PINTEREST_API_URI if it keeps happening.',
    );
    this.token = token;
    this.got = got;
  }
}

/** The kind of a value, or a string itself cut short: the server's text may be long or hostile. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
