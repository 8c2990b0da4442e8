import { argumentsOf } from '@pinkit/arguments';
import { InvalidRedirectUriError, RedirectPortBusyError, RedirectPortsBusyError } from './errors.js';
import { uri } from './oauth-arguments.js';
import { checkListenerOptions, listenForRedirect, type RedirectListener, type RedirectListenerOptions } from './redirect-listener.js';

/**
 * The redirect URIs of `PINTEREST_REDIRECT_URI`: one, or several pre-registered ones separated by
 * commas (`http://localhost:8085/,http://localhost:8086/`), in the order to try them.
 */
export function splitRedirectUris(value: string): string[] {
  argumentsOf('splitRedirectUris').string(value, 'value', { allowEmpty: true, maxLength: 16 * 2048, singleLine: true });
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Listens on the first redirect URI whose port is free. A busy port moves on to the next URI, any
 * other failure (a URI that is not loopback, say) stops at once; when every port is busy the error
 * lists them all.
 */
export async function listenOnFirstFree(
  redirectUris: readonly string[],
  options: Omit<RedirectListenerOptions, 'redirectUri'>,
): Promise<RedirectListener> {
  const check = argumentsOf('listenOnFirstFree');
  check.array(redirectUris, 'redirectUris', { maxLength: 16 });
  redirectUris.forEach((redirectUri, index) => check.string(redirectUri, `redirectUris[${index}]`, uri));
  checkListenerOptions(check, options, false);
  if (redirectUris.length === 0) throw new InvalidRedirectUriError('""', 'no redirect URI is given');
  const busy: RedirectPortBusyError[] = [];
  for (const redirectUri of redirectUris) {
    try {
      return await listenForRedirect({ ...options, redirectUri });
    } catch (error) {
      if (!(error instanceof RedirectPortBusyError)) throw error;
      busy.push(error);
    }
  }
  if (busy.length === 1 && busy[0]) throw busy[0];
  throw new RedirectPortsBusyError(redirectUris, busy);
}
