import { failures } from '../core/pinterest-failure.js';
import type { RouteEntry } from '../core/route.js';
import { ALL_V3_SCOPES } from '../oauth/known-scopes.js';
import { grantAuthorizationCode, grantRefresh } from '../oauth/token-grants.js';
import { readTokenFields, requiredField } from '../oauth/token-request-fields.js';
import { v3ErrorReply } from './v3-error-reply.js';

// v3 has no published description; API-V3.md records what the quickstart relied on: the
// refresh token of an exchange sits inside `data`, and a refresh answers only an access token.
export const v3Routes: readonly RouteEntry[] = [
  {
    method: 'PUT',
    path: '/v3/oauth/access_token/',
    auth: 'basic',
    write: false,
    formatError: v3ErrorReply,
    handle: (ctx) => {
      const fields = readTokenFields(ctx.body, ctx.headers, { acceptJson: true });
      const grantType = requiredField(fields, 'grant_type');
      if (grantType === 'authorization_code') {
        const { access, refresh } = grantAuthorizationCode(ctx, fields, ALL_V3_SCOPES);
        return {
          status: 200,
          body: { status: 'success', scope: access.scopes.join(' '), access_token: access.value, data: { refresh_token: refresh.value } },
        };
      }
      if (grantType === 'refresh_token') {
        const { access } = grantRefresh(ctx, fields, { rotate: false });
        return { status: 200, body: { status: 'success', scope: access.scopes.join(' '), access_token: access.value } };
      }
      throw failures.invalidParameters(`Invalid grant_type "${grantType}": use authorization_code or refresh_token.`);
    },
  },
];
