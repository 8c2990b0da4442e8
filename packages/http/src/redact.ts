// Tokens and secrets must never reach a log line, an error message or a stored request, whatever
// the log level (the CLI's `--cleartext` is the only way to see one). Everything that describes
// a request goes through these functions first.

import { argumentsOf } from '@pinkit/arguments';

// The last five are what a signed storage URL (report files) or a POST policy (media uploads)
// authorises with: whoever has them can fetch or upload in the user's name until they lapse.
const SECRET_PARAMS = [
  'access_token',
  'refresh_token',
  'client_secret',
  'code',
  'password',
  'token',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'policy',
  'signature',
];
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization']);
// Pinterest's token shapes (pina_/pinr_/pinc_...), so one pasted in a body or URL is caught too.
const TOKEN_PATTERN = /\bpin[a-z][_.][A-Za-z0-9._~+/=-]{8,}/g;
// A short number is Pinterest's error `code` ({"code": 2}), not an OAuth code: left readable.
const PARAM_PATTERN = new RegExp(
  `([?&;\\s"'{,]|^)(${SECRET_PARAMS.join('|')})(["']?\\s*[=:]\\s*["']?)(?!\\d{1,6}(?:[&\\s"',}]|$))[^&\\s"',}]+`,
  'gi',
);

// `scheme://user:password@host`: an API or proxy URL may carry a login, which must not reach a log.
const USERINFO_PATTERN = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;

export const REDACTED = '[REDACTED]';
const checkText = argumentsOf('redactText');
const checkHeaders = argumentsOf('redactHeaders');

/** Masks secrets inside free text: query strings, form bodies, JSON, messages. */
export function redactText(text: string): string {
  checkText.string(text, 'text', { allowEmpty: true });
  return text.replace(USERINFO_PATTERN, `$1${REDACTED}@`).replace(PARAM_PATTERN, `$1$2$3${REDACTED}`).replace(TOKEN_PATTERN, REDACTED);
}

/** Masks the credential headers; keeps the scheme (`Bearer`, `Basic`) so a log still says which was sent. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  checkHeaders.object(headers, 'headers');
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) out[name] = redactText(value);
    else out[name] = name.toLowerCase() === 'authorization' ? `${value.split(' ')[0]} ${REDACTED}` : REDACTED;
  }
  return out;
}
