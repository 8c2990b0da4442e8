// The dependency-free entry: reading an envelope must not load the v3 client.
import { readV3EnvelopeStatus } from '@pinkit/api-v3/envelope-status';
import { ApiError, REDACTED, redactText } from '@pinkit/http';
import { TokenExchangeError, TokenResponseError, type TokenOperation } from './errors.js';

// Pinterest's message could echo what was sent ("invalid code X"); the values we sent are cut
// out by value, since redactText only recognises them by their field names and shapes.
function pinterestMessage(body: unknown, sent: readonly string[]): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { message, message_detail: detail } = body as { message?: unknown; message_detail?: unknown };
  const text = [message, detail].filter((part) => typeof part === 'string' && part !== '').join(' - ');
  const scrubbed = sent.filter((value) => value !== '').reduce((result, value) => result.replaceAll(value, REDACTED), text);
  return text === '' ? undefined : redactText(scrubbed).slice(0, 300);
}

const ADVICE: Record<TokenOperation, { what: string; fix400: string }> = {
  authorization_code: {
    what: 'the authorization code',
    fix400:
      'A code works once and expires within minutes, and the redirect URI must be exactly the one registered for the app; authorize again.',
  },
  refresh_token: {
    what: 'the refresh token',
    fix400: 'It may have expired or been revoked; authorize again in the browser to get a new one.',
  },
  client_credentials: {
    what: 'the client-credentials request',
    fix400: 'Check that the app may use client credentials and the requested scopes.',
  },
  revoke: { what: 'the revocation', fix400: 'Check that the token is one this app issued.' },
};

/**
 * Turns a 400/401/403 from a token endpoint into a TokenExchangeError that says what to fix;
 * anything else (5xx, network) is returned unchanged. No message carries a token, code or
 * secret: `sent` lists the secret values of the request. The ApiError is not kept as `cause`
 * because its message quotes Pinterest's unscrubbed; status and request id are copied instead.
 */
export function toTokenExchangeError(
  error: unknown,
  operation: TokenOperation,
  credentialVariables: string,
  sent: readonly string[],
): unknown {
  if (!(error instanceof ApiError) || ![400, 401, 403].includes(error.status)) return error;
  const detail = pinterestMessage(error.body, sent);
  const said = `${error.status}${detail ? `: ${detail}` : ''}`;
  const advice = ADVICE[operation];
  const message =
    error.status === 401
      ? `Pinterest refused the app credentials (${said}): check ${credentialVariables}.`
      : error.status === 403 && operation === 'revoke'
        ? `Pinterest did not let this app revoke the token (${said}); it only revokes tokens issued for system users.`
        : error.status === 403
          ? `Pinterest refused ${advice.what} (${said}): check the app's access and the requested scopes.`
          : `Pinterest refused ${advice.what} (${said}). ${advice.fix400}`;
  return new TokenExchangeError(message, {
    operation,
    status: error.status,
    ...(error.requestId ? { requestId: error.requestId } : {}),
    ...(detail ? { pinterestMessage: detail } : {}),
  });
}

/**
 * v3's token endpoint may refuse with HTTP 200 and `status: "failure"` (in any case), sometimes
 * with an `access_token` beside it that must not be stored: throws a TokenExchangeError with
 * Pinterest's message (scrubbed of `sent`, as above), or a TokenResponseError for a status that
 * is neither success nor failure. Returns when the envelope says success or nothing.
 */
export function checkV3TokenEnvelope(body: unknown, operation: TokenOperation, sent: readonly string[]): void {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  const status = readV3EnvelopeStatus(body as Record<string, unknown>);
  if (status.kind === 'unreadable') throw new TokenResponseError('status', '"success" or "failure"', operation);
  if (status.kind === 'success') return;
  const detail = pinterestMessage(body, sent);
  const advice = ADVICE[operation];
  throw new TokenExchangeError(`Pinterest refused ${advice.what} (${detail ?? 'status "failure"'}). ${advice.fix400}`, {
    operation,
    ...(detail ? { pinterestMessage: detail } : {}),
  });
}
