import { escapeHtml, htmlDocument } from '../core/html-page.js';
import type { UserRecord } from '../users/user-record.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { describeScope } from './known-scopes.js';

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function scopeItem(scope: string): string {
  return `<li data-scope="${escapeHtml(scope)}"><code>${escapeHtml(scope)}</code> ${escapeHtml(describeScope(scope) ?? '')}</li>`;
}

/**
 * Pinterest's "Give access?" page. The form posts the request back with the button pressed
 * (`decision=allow|deny`), so browser automation can click `button[name=decision][value=allow]`.
 */
export function consentPage(request: AuthorizeRequest, user: UserRecord): string {
  const appName = escapeHtml(request.app.name);
  const scopes = request.scopes === null ? ['<li data-scope="*">Everything the app is approved for</li>'] : request.scopes.map(scopeItem);
  const fields = [
    hidden('consumer_id', request.app.id),
    hidden('redirect_uri', request.redirectUri),
    hidden('response_type', 'code'),
    ...(request.scopes === null ? [] : [hidden('scope', request.scopes.join(','))]),
    ...(request.state === null ? [] : [hidden('state', request.state)]),
  ];
  return htmlDocument(
    `Give ${request.app.name} access? - Pinterest (simulated)`,
    [
      `<h1>Give <span id="app-name">${appName}</span> access to your Pinterest account?</h1>`,
      `<p>Signed in as <strong id="username">${escapeHtml(user.username)}</strong> on a simulated Pinterest.</p>`,
      `<p>${appName} will be able to:</p>`,
      `<ul id="scopes">${scopes.join('')}</ul>`,
      `<p>Afterwards your browser returns to <code id="redirect-uri">${escapeHtml(request.redirectUri)}</code>.</p>`,
      '<form method="post" action="/oauth/" id="consent">',
      ...fields,
      '<div class="actions">',
      '<button type="submit" name="decision" value="deny">Deny</button>',
      '<button type="submit" name="decision" value="allow">Allow</button>',
      '</div></form>',
    ].join('\n'),
  );
}

/** The page for an authorize request that cannot go on (bad app, redirect URI, response type or scope). */
export function authorizeErrorPage(status: number, message: string): string {
  return htmlDocument(
    'Cannot authorize - Pinterest (simulated)',
    [
      `<h1>This app cannot be authorized</h1>`,
      `<p id="error" data-status="${status}">${escapeHtml(message)}</p>`,
      '<p>Nothing was shared. Check the app id and redirect URI the app uses, then try again from the app.</p>',
    ].join('\n'),
  );
}
