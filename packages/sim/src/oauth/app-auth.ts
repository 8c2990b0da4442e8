import { failures } from '../core/pinterest-failure.js';
import type { SimStore } from '../sim-store.js';
import type { AppRecord } from './oauth-records.js';

/**
 * Resolves `Authorization: Basic base64(app id:app secret)`, which Pinterest's token endpoints
 * require (the `basic` security scheme of `POST /v5/oauth/token`); anything else is a 401.
 */
export function authenticateApp(store: SimStore, authorization: string | undefined): AppRecord {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  const decoded = match?.[1] === undefined ? '' : Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const app = colon < 0 ? undefined : store.apps.get(decoded.slice(0, colon));
  if (!app || app.secret !== decoded.slice(colon + 1)) throw failures.authenticationFailed();
  return app;
}
