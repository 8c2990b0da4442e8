import { InputError } from '../output/describe-error.js';

// Pinterest's token shapes: pina_ (access), pinr_ (refresh), pinc_ (client credentials).
const PINTEREST_TOKEN = /^pin[arc][_.]/i;
// A long run of base64/base64url characters mixing upper case, lower case and digits: a token,
// not the snake_case or kebab-case names people give tokens.
const BASE64_LIKE = /^[A-Za-z0-9+/=._~-]{40,}$/;

/** Whether a value given where a token *name* belongs is most likely the token itself. */
export function looksLikeToken(value: string): boolean {
  if (PINTEREST_TOKEN.test(value) && value.length >= 20) return true;
  return BASE64_LIKE.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value);
}

/**
 * Refuses a token pasted where its name belongs (`-a pina_…`). The message never repeats the
 * value: it would otherwise sit in the terminal's scrollback and in CI logs.
 */
export function refuseTokenAsName(value: string | undefined, flag: string): void {
  if (value === undefined || !looksLikeToken(value)) return;
  throw new InputError(
    `${flag} takes the name of a token (such as "access_token"), but the value given looks like a token itself (not shown). ` +
      'Put the token in a variable, such as ACCESS_TOKEN, and give its name in lower case.',
  );
}
