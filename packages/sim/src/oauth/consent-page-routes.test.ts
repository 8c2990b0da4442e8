import { V3_SCOPES } from '@pinkit/api-v3';
import type { Account } from '@pinkit/api-v5';
import { V5_SCOPES } from '@pinkit/api-v5/operations';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../core/html-page.js';
import { REDIRECT_URI, authorize, authorizeUrl, getPage, submitConsent, tokenRequest } from '../test-support/oauth-flow.js';
import { simApi } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

interface CodeAnswer {
  access_token: string;
  scope: string;
}

describe('the consent page (GET /oauth/)', () => {
  const sim = useSimulator();

  it('shows the app name, each requested scope with what it allows, and Allow and Deny buttons', async () => {
    const page = await getPage(authorizeUrl(sim(), { scopes: ['boards:read', 'pins:write'] }));
    expect(page.status).toBe(200);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(sim().app.name).toBe('pinkit demo app');
    expect(page.html).toContain('<span id="app-name">pinkit demo app</span>');
    expect(page.html).toContain(
      '<li data-scope="boards:read"><code>boards:read</code> See your public boards, including group boards you join</li>',
    );
    expect(page.html).toContain('<li data-scope="pins:write"><code>pins:write</code> Create, update, or delete your public Pins</li>');
    expect(page.html).not.toContain('data-scope="user_accounts:read"');
    expect(page.html).toContain('<button type="submit" name="decision" value="allow">Allow</button>');
    expect(page.html).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
    expect(page.html).toContain('<form method="post" action="/oauth/"');
    expect(page.html).toContain('<strong id="username">pinkit_demo</strong>');
  });

  it('describes v3 scopes too, and says everything when no scope is asked for', async () => {
    const v3 = await getPage(authorizeUrl(sim(), { scopes: ['read_boards'] }));
    expect(v3.html).toContain('<code>read_boards</code> See all your boards (including secret and group boards)');
    const all = await getPage(authorizeUrl(sim(), { scopes: [] }));
    expect(all.html).toContain('<li data-scope="*">Everything the app is approved for</li>');
  });

  it('describes every scope as the v5 operations table and @pinkit/api-v3 do', async () => {
    const page = await getPage(authorizeUrl(sim(), { scopes: [...V5_SCOPES, ...V3_SCOPES].map((info) => info.scope) }));
    expect(page.status).toBe(200);
    for (const { scope, description } of [...V5_SCOPES, ...V3_SCOPES]) {
      expect(page.html).toContain(`<li data-scope="${scope}"><code>${scope}</code> ${escapeHtml(description)}</li>`);
    }
  });

  it('escapes what the query brings into the page', async () => {
    const page = await getPage(authorizeUrl(sim(), { state: '"><script>alert(1)</script>' }));
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('<script>');
    expect(page.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it.each([
    ['an unknown consumer_id', { consumerId: '999' }, /No app has the consumer_id &quot;999&quot;/],
    ['no redirect_uri', { redirectUri: null }, /redirect_uri is missing/],
    ['a redirect_uri off loopback', { redirectUri: 'https://evil.example/cb' }, /must be an http\(s\) URI on localhost/],
    ['a redirect_uri that is not http', { redirectUri: 'javascript:alert(1)' }, /must be an http\(s\) URI on localhost/],
    ['response_type token', { responseType: 'token' }, /response_type must be &quot;code&quot;/],
    ['an unknown scope', { scopes: ['boards:read', 'boards:admin'] }, /Unknown scope: boards:admin/],
  ])('answers %s with a 400 page and no redirect', async (_case, params, message) => {
    const page = await getPage(authorizeUrl(sim(), params));
    expect(page.status).toBe(400);
    expect(page.location).toBeNull();
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.html).toMatch(message);
    expect(page.html).not.toContain('name="decision"');
  });

  it('accepts any loopback host and port as the redirect URI', async () => {
    for (const redirectUri of ['http://127.0.0.1:49152/cb', 'http://[::1]:8085/', 'https://localhost/oauth/callback']) {
      expect((await getPage(authorizeUrl(sim(), { redirectUri }))).status).toBe(200);
    }
  });
});

describe('deciding on the consent page (POST /oauth/)', () => {
  const sim = useSimulator();

  it('Allow redirects back with a code and the unchanged state; the code buys a token for the demo user', async () => {
    const page = await getPage(authorizeUrl(sim(), { state: 'a b&c=d' }));
    const answer = await submitConsent(sim(), page.html, 'allow');
    expect(answer.status).toBe(302);
    const location = new URL(answer.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect([...location.searchParams.keys()]).toEqual(['code', 'state']);
    expect(location.searchParams.get('state')).toBe('a b&c=d');
    const code = location.searchParams.get('code') ?? '';
    const exchanged = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body.scope).toBe('boards:read pins:read user_accounts:read');
    const account = await simApi(sim(), exchanged.body.access_token).get<Account>('/v5/user_account');
    expect(account.body.username).toBe('pinkit_demo');
  });

  it('Deny redirects back with error=access_denied, a description and the state, but no code', async () => {
    const page = await getPage(authorizeUrl(sim(), { state: 'S1' }));
    const answer = await submitConsent(sim(), page.html, 'deny');
    expect(answer.status).toBe(302);
    const params = new URL(answer.location ?? '').searchParams;
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/denied/);
    expect(params.get('state')).toBe('S1');
    expect(params.has('code')).toBe(false);
  });

  it('keeps a query the redirect URI already has', async () => {
    const code = await authorize(sim(), { redirectUri: 'http://localhost:8085/cb?from=pinkit' });
    expect(code).toMatch(/^[0-9a-f]{40}$/);
    const page = await getPage(authorizeUrl(sim(), { redirectUri: 'http://localhost:8085/cb?from=pinkit' }));
    const location = new URL((await submitConsent(sim(), page.html, 'allow')).location ?? '');
    expect(location.searchParams.get('from')).toBe('pinkit');
  });

  it('refuses a form without a decision, or with a tampered redirect URI, with a 400 page', async () => {
    const page = await getPage(authorizeUrl(sim()));
    expect((await submitConsent(sim(), page.html, 'maybe')).status).toBe(400);
    const tampered = page.html.replace(`value="${REDIRECT_URI}"`, 'value="https://evil.example/"');
    expect(tampered).not.toBe(page.html);
    const answer = await submitConsent(sim(), tampered, 'allow');
    expect(answer.status).toBe(400);
    expect(answer.location).toBeNull();
  });

  it('signs in as the empty user when configure() says consentUser 1', async () => {
    sim().configure({ consentUser: 1 });
    const page = await getPage(authorizeUrl(sim()));
    expect(page.html).toContain('<strong id="username">pinkit_target</strong>');
    const code = await authorize(sim());
    const { body } = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect((await simApi(sim(), body.access_token).get<Account>('/v5/user_account')).body.username).toBe('pinkit_target');
  });

  it('grants every v5 scope when none was asked for', async () => {
    const code = await authorize(sim(), { scopes: [] });
    const { body } = await tokenRequest<CodeAnswer>(sim(), '/v5/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(body.scope.split(' ')).toHaveLength(19);
  });
});

describe('auto-approve', () => {
  const sim = useSimulator({ autoApprove: true });

  it('redirects straight back with a code, without showing the page', async () => {
    const page = await getPage(authorizeUrl(sim(), { state: 'headless' }));
    expect(page.status).toBe(302);
    const params = new URL(page.location ?? '').searchParams;
    expect(params.get('state')).toBe('headless');
    const code = params.get('code') ?? '';
    const exchanged = await tokenRequest(sim(), '/v5/oauth/token', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });
    expect(exchanged.status).toBe(200);
  });

  it('still refuses a bad request with a 400 page, and can be switched off with configure()', async () => {
    expect((await getPage(authorizeUrl(sim(), { redirectUri: 'https://evil.example/' }))).status).toBe(400);
    sim().configure({ autoApprove: false });
    expect((await getPage(authorizeUrl(sim()))).status).toBe(200);
  });
});

describe('registered redirect URIs', () => {
  const sim = useSimulator({ redirectUris: ['http://localhost:8085/', 'https://app.example/oauth'] });

  it('accepts exactly the registered URIs and nothing else, loopback included', async () => {
    expect((await getPage(authorizeUrl(sim(), { redirectUri: 'https://app.example/oauth' }))).status).toBe(200);
    expect((await getPage(authorizeUrl(sim(), { redirectUri: 'http://localhost:8085/' }))).status).toBe(200);
    const other = await getPage(authorizeUrl(sim(), { redirectUri: 'http://localhost:8086/' }));
    expect(other.status).toBe(400);
    expect(other.html).toContain('is not registered for this app');
  });
});
