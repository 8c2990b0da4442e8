import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import { describeScope } from './known-scopes.js';
import type { AppRecord } from './oauth-records.js';

/** A consent request that passed every check: safe to show, and safe to redirect to. */
export interface AuthorizeRequest {
  app: AppRecord;
  redirectUri: string;
  /** null when no `scope` was sent: the grant then covers every scope of the app. */
  scopes: string[] | null;
  state: string | null;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads the query of `GET /oauth/` (or the form the consent page posts back, which carries the
 * same fields). Every refusal is a 400 page, never a redirect: until the redirect URI is known
 * to belong to the app, sending the browser there would make the simulator an open redirector.
 */
export function readAuthorizeRequest(store: SimStore, params: URLSearchParams): AuthorizeRequest {
  const consumerId = params.get('consumer_id');
  if (!consumerId) throw failures.invalidParameters('consumer_id is missing: the authorize URL must name the app.');
  const app = store.apps.get(consumerId);
  if (!app) throw failures.invalidParameters(`No app has the consumer_id "${consumerId}"; check PINTEREST_APP_ID.`);
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) throw failures.invalidParameters('redirect_uri is missing: the authorize URL must say where to send the browser back.');
  checkRedirectUri(app, redirectUri);
  const responseType = params.get('response_type');
  if (responseType !== 'code') {
    throw failures.invalidParameters(`response_type must be "code" (the authorization code flow), got ${JSON.stringify(responseType)}.`);
  }
  return { app, redirectUri, scopes: scopesOf(params.get('scope')), state: params.get('state') };
}

function checkRedirectUri(app: AppRecord, redirectUri: string): void {
  if (app.redirectUris !== null) {
    if (!app.redirectUris.includes(redirectUri)) {
      throw failures.invalidParameters(
        `redirect_uri "${redirectUri}" is not registered for this app; registered: ${app.redirectUris.join(', ')}.`,
      );
    }
    return;
  }
  let url: URL | undefined;
  try {
    url = new URL(redirectUri);
  } catch {
    url = undefined;
  }
  const loopback =
    url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname) && url.hash === '';
  if (!loopback) {
    throw failures.invalidParameters(
      `redirect_uri "${redirectUri}" must be an http(s) URI on localhost, 127.0.0.1 or [::1], without a fragment.`,
    );
  }
}

function scopesOf(scope: string | null): string[] | null {
  const names = (scope ?? '').split(/[\s,]+/).filter((name) => name !== '');
  if (names.length === 0) return null;
  const unknown = names.filter((name) => describeScope(name) === undefined);
  if (unknown.length > 0) throw failures.invalidParameters(`Unknown scope: ${unknown.join(', ')}.`);
  return [...new Set(names)];
}
