import { argumentsOf } from '@pinkit/arguments';
import { checkTransportOptions } from './account-checks.js';

// openAccount's options, checked before a client is loaded: a token of the wrong type or with a
// line break would otherwise surface as a network error from inside a request.

const check = argumentsOf('openAccount');
const VERSIONS = [5, 3] as const;
/** Pinterest's access tokens are well under a hundred characters; this bounds what goes in a header. */
export const MAX_TOKEN_LENGTH = 4_096;

export function checkOpenAccountOptions(value: unknown): void {
  const options = check.object(value, 'options');
  check.oneOf(options.version, 'options.version', VERSIONS);
  const token = options.token;
  if (typeof token === 'object' && token !== null) {
    const provider = token as Record<string, unknown>;
    if (typeof provider.getAccessToken !== 'function' || !['undefined', 'function'].includes(typeof provider.refresh)) {
      check.fail('options.token', 'an access token or a TokenProvider (getAccessToken, and refresh if any, functions)', token);
    }
  } else {
    check.string(token, 'options.token', { singleLine: true, maxLength: MAX_TOKEN_LENGTH });
  }
  // Empty means the default host, as the clients take it.
  if (options.apiUri !== '') check.httpUrl(options.apiUri, 'options.apiUri', { optional: true });
  check.boolean(options.sandbox, 'options.sandbox', { optional: true });
  const logger = check.object(options.logger, 'options.logger', { optional: true });
  if (logger) check.function(logger.log, 'options.logger.log');
  checkTransportOptions(check, options);
  check.string(options.userAgent, 'options.userAgent', { singleLine: true, maxLength: 512, optional: true });
}
