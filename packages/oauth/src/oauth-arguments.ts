import type { ArgumentChecks } from '@pinkit/arguments';

/** Longer than any token, code or app secret Pinterest issues; a longer one is a file or a paste gone wrong. */
export const MAX_SECRET_LENGTH = 4096;
/** As long as a URL a browser or a redirect URI registration takes. */
export const MAX_URI_LENGTH = 2048;
const MAX_SCOPES = 100;

/** Secrets and single words sent in a form or a URL: a control character there would change the request. */
export const secret = { maxLength: MAX_SECRET_LENGTH, singleLine: true } as const;
export const uri = { maxLength: MAX_URI_LENGTH, singleLine: true } as const;

/** A list of scope names, each a short single-line word. */
export function checkScopes(check: ArgumentChecks, value: unknown, argument: string, optional = false): readonly string[] | undefined {
  const scopes = optional
    ? check.array(value, argument, { optional: true, maxLength: MAX_SCOPES })
    : check.array(value, argument, { maxLength: MAX_SCOPES });
  scopes?.forEach((scope, index) => check.string(scope, `${argument}[${index}]`, { maxLength: 100, singleLine: true }));
  return scopes as readonly string[] | undefined;
}

/**
 * A URI that configuration may leave unset or empty (the environment's way of saying "the
 * default"); anything else must be an http(s) URL.
 */
export function checkOptionalUri(check: ArgumentChecks, value: unknown, argument: string): void {
  if (value === undefined || value === '') return;
  check.httpUrl(value, argument);
}
