import { argumentsOf } from '@pinkit/arguments';
import { TOKEN_RULES } from './client-arguments.js';
import { ApiError, HttpError } from './errors.js';
import type { Logger } from './logger.js';
import type { PreparedRequest, SendRequest } from './prepared-request.js';
import type { TokenProvider } from './token-provider.js';

/**
 * Adds `Authorization`: the provider's bearer token, or HTTP Basic app credentials. A 401 on a
 * bearer request means the access token expired: refresh it once through the provider and send
 * the request again; a second 401 is the caller's to see.
 */
const provided = argumentsOf('TokenProvider');

/**
 * A provider's token goes into a header: one with a line break would split it (and fail as a
 * network error, or worse, add a header), so it is refused before anything is sent.
 */
const bearer = (token: unknown, argument: string) => `Bearer ${provided.string(token, argument, TOKEN_RULES)}`;

export function withAuth(next: SendRequest, token: TokenProvider | undefined, logger: Logger): SendRequest {
  const send = (request: PreparedRequest, authorization: string) =>
    next({ ...request, headers: { ...request.headers, Authorization: authorization } });
  return async (request) => {
    const { auth } = request;
    if (auth === 'none') return next(request);
    if (typeof auth === 'object') {
      return send(request, `Basic ${Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString('base64')}`);
    }
    if (!token) throw new HttpError('This request needs an access token, and the client was created without a token provider.');
    try {
      return await send(request, bearer(await token.getAccessToken(), 'getAccessToken()'));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401 && token.refresh)) throw error;
      logger.log(1, 'Access token rejected (401); refreshing it and trying again.');
      return send(request, bearer(await token.refresh(), 'refresh()'));
    }
  };
}
