/**
 * An analytics or report attribute that Pinterest would refuse, found before any request is sent.
 * `attribute` is the API's name for it (`start_date`, `columns`, `level`), so a caller can point at
 * its own flag or field. Shared by the v5 and v3 clients.
 */
export class AnalyticsAttributeError extends Error {
  override name = 'AnalyticsAttributeError';
  readonly attribute: string;
  readonly value: unknown;

  constructor(attribute: string, value: unknown, message: string) {
    super(message);
    this.attribute = attribute;
    this.value = value;
  }
}

/** A required attribute (`start_date`, `metric_types` of a Pin, `columns`, `campaign_ids`) is missing. */
export class MissingAttributeError extends AnalyticsAttributeError {
  override name = 'MissingAttributeError';

  constructor(attribute: string) {
    super(attribute, undefined, `${attribute} is required.`);
  }
}

/** A date that is not a real `YYYY-MM-DD` calendar day (`2026-02-30`, `2026-2-3`). */
export class InvalidDateError extends AnalyticsAttributeError {
  override name = 'InvalidDateError';

  constructor(attribute: string, value: unknown) {
    super(attribute, value, `${attribute} must be a real calendar day as YYYY-MM-DD, got "${String(value)}".`);
  }
}

/** Dates in the wrong order, too far back, or a range longer than the operation allows. */
export class DateRangeError extends AnalyticsAttributeError {
  override name = 'DateRangeError';
}

/** A value outside the attribute's enumeration (a granularity, metric, column, level, window or format). */
export class UnknownValueError extends AnalyticsAttributeError {
  override name = 'UnknownValueError';
  readonly allowed: readonly (string | number)[];

  constructor(attribute: string, value: unknown, allowed: readonly (string | number)[]) {
    const shown = allowed.length <= 12 ? allowed.join(', ') : `${allowed.slice(0, 8).join(', ')}, … (${allowed.length} values)`;
    super(attribute, value, `${attribute}: "${String(value)}" is not one of ${shown}.`);
    this.allowed = allowed;
  }
}
