import { failures, type PinterestFailure } from '../core/pinterest-failure.js';
import type { Reply, RouteContext, RouteEntry } from '../core/route.js';
import type { UserRecord } from '../users/user-record.js';
import { issueAuthorizationCode } from './authorization-codes.js';
import { readAuthorizeRequest, type AuthorizeRequest } from './authorize-request.js';
import { authorizeErrorPage, consentPage } from './consent-page.js';

// www.pinterest.com/oauth/: the page a browser is sent to, where the user allows or denies the
// app. Refusals are web pages, not JSON: a person reads them.
const errorPage = (failure: PinterestFailure): Reply => ({
  status: failure.status,
  html: authorizeErrorPage(failure.status, failure.message),
});

export const consentPageRoutes: readonly RouteEntry[] = [
  {
    method: 'GET',
    path: '/oauth/',
    auth: 'none',
    write: false,
    formatError: errorPage,
    handle: (ctx) => {
      const request = readAuthorizeRequest(ctx.store, ctx.query);
      const user = consentingUser(ctx);
      if (ctx.knobs.autoApprove) return allow(ctx, request, user);
      return { status: 200, html: consentPage(request, user) };
    },
  },
  {
    // The consent form posts the authorize request back, checked again as if it were new.
    method: 'POST',
    path: '/oauth/',
    auth: 'none',
    write: false,
    formatError: errorPage,
    handle: (ctx) => {
      const form = new URLSearchParams(ctx.body.toString('utf8'));
      const request = readAuthorizeRequest(ctx.store, form);
      const decision = form.get('decision');
      if (decision === 'allow') return allow(ctx, request, consentingUser(ctx));
      if (decision === 'deny') {
        return redirectBack(request, {
          error: 'access_denied',
          error_description: 'The user denied the app access to their Pinterest account.',
        });
      }
      throw failures.invalidParameters('The consent form must say decision=allow or decision=deny.');
    },
  },
];

function consentingUser(ctx: RouteContext): UserRecord {
  const user = ctx.store.userAt(ctx.knobs.consentUser);
  if (!user) throw new Error(`there is no seeded user ${ctx.knobs.consentUser} to sign in as`);
  return user;
}

function allow(ctx: RouteContext, request: AuthorizeRequest, user: UserRecord): Reply {
  const code = issueAuthorizationCode(ctx.store, ctx.tokenRandom, {
    appId: request.app.id,
    userId: user.id,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
  });
  return redirectBack(request, { code });
}

/** 302 to the redirect URI with the outcome and the unchanged `state` added to its query. */
function redirectBack(request: AuthorizeRequest, outcome: Record<string, string>): Reply {
  const target = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(outcome)) target.searchParams.set(name, value);
  if (request.state !== null) target.searchParams.set('state', request.state);
  return { status: 302, headers: { location: target.toString() } };
}
