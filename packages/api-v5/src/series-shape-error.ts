/**
 * An analytics answer or report file that cannot be read as dated series: not the shape of any
 * analytics answer, a CSV with a broken quote, or rows that repeat a date with nothing (no `_ID`
 * column) to tell whose they are. `detail` says which.
 */
export class SeriesShapeError extends Error {
  override name = 'SeriesShapeError';
  readonly detail: string;

  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Cannot chart this analytics answer: ${detail}`, options);
    this.detail = detail;
  }
}
