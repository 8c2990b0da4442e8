import { get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorizationDeniedError, MissingAuthorizationCodeError } from './errors.js';
import { listenForRedirect, type RedirectListener } from './redirect-listener.js';

const STATE = 'expected-state-0123456789';
let listener: RedirectListener | undefined;

afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

async function listen(extra: { landingUri?: string; path?: string } = {}) {
  listener = await listenForRedirect({
    redirectUri: `http://localhost:0${extra.path ?? '/'}`,
    expectedState: STATE,
    ...(extra.landingUri ? { landingUri: extra.landingUri } : {}),
  });
  return listener;
}

function visit(url: string, init: RequestInit = {}) {
  return fetch(url, { redirect: 'manual', ...init });
}

/** A GET to 127.0.0.1 with the Host header a browser would send for `host` (fetch cannot set Host). */
function getFrom127(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

describe('listenForRedirect: the callback', () => {
  it('returns the code of a callback with the right state and tells the browser it can close the window', async () => {
    const { url, result, port } = await listen({ path: '/callback' });
    expect(url).toBe(`http://localhost:${port}/callback`);
    const response = await visit(`${url}?${query({ code: 'the-code', state: STATE })}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('You can close this window');
    await expect(result).resolves.toEqual({ code: 'the-code' });
  });

  it('sends the browser to the landing page when one is configured', async () => {
    const { url, result } = await listen({ landingUri: 'https://developers.pinterest.com/apps/' });
    const response = await visit(`${url}?${query({ code: 'c', state: STATE })}`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://developers.pinterest.com/apps/');
    await expect(result).resolves.toEqual({ code: 'c' });
  });

  it.each([
    ['a different state', { code: 'c', state: 'forged' }],
    ['no state', { code: 'c' }],
    ['a state that only shares a prefix', { code: 'c', state: STATE.slice(0, 10) }],
    ['an error and a different state', { error: 'access_denied', state: 'forged' }],
  ])('ignores a callback with %s (400) and goes on waiting for the real one', async (_what, params) => {
    const { url, result } = await listen({ landingUri: 'https://example.com/' });
    const response = await visit(`${url}?${query(params)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('not the answer to the sign-in in progress');
    expect((await visit(`${url}?${query({ code: 'real', state: STATE })}`)).status).toBe(302);
    await expect(result).resolves.toEqual({ code: 'real' });
  });

  it.each(['evil.example', 'localhost:1', '127.0.0.1'])(
    'ignores a request whose Host is %s (a DNS-rebound page), even with the right state',
    async (host) => {
      const { url, port, result } = await listen();
      const forged = await getFrom127(port, `/?${query({ code: 'forged', state: STATE })}`, host.includes(':') ? host : `${host}:${port}`);
      expect(forged).toBe(400);
      expect((await visit(`${url}?${query({ code: 'real', state: STATE })}`)).status).toBe(200);
      await expect(result).resolves.toEqual({ code: 'real' });
    },
  );

  it('reports access_denied as a declined authorization', async () => {
    const { url, result } = await listen();
    const response = await visit(`${url}?${query({ error: 'access_denied', error_description: 'The user said no', state: STATE })}`);
    expect(response.status).toBe(400);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationDeniedError);
    expect(error).toMatchObject({ error: 'access_denied', errorDescription: 'The user said no' });
    expect((error as Error).message).toMatch(/declined in the browser \(access_denied: The user said no\)/);
  });

  it('reports any other error= with its description, made safe for the page and the terminal', async () => {
    const { url, result } = await listen();
    const description = '<script>alert(1)</script>\u001b[31mred';
    const response = await visit(`${url}?${query({ error: 'invalid_scope', error_description: description, state: STATE })}`);
    const page = await response.text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;');
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationDeniedError);
    expect(error).toMatchObject({ error: 'invalid_scope', errorDescription: '<script>alert(1)</script> [31mred' });
    expect((error as Error).message).toContain('Pinterest did not authorize the app (invalid_scope:');
  });

  it('fails when the callback has neither code nor error', async () => {
    const { url, result } = await listen();
    await visit(`${url}?${query({ state: STATE })}`);
    await expect(result).rejects.toBeInstanceOf(MissingAuthorizationCodeError);
  });

  it('answers 404 off the callback path and 405 to other methods, and keeps waiting', async () => {
    const { url, result, port } = await listen({ path: '/callback' });
    expect((await visit(`http://localhost:${port}/favicon.ico`)).status).toBe(404);
    expect((await visit(`http://localhost:${port}/callback/extra?${query({ code: 'x', state: STATE })}`)).status).toBe(404);
    expect((await visit(`${url}?${query({ code: 'x', state: STATE })}`, { method: 'POST' })).status).toBe(405);
    expect((await visit(`${url}?${query({ code: 'real', state: STATE })}`)).status).toBe(200);
    await expect(result).resolves.toEqual({ code: 'real' });
  });

  it('accepts exactly one callback: the others are refused and cannot change the code', async () => {
    const { url, result } = await listen();
    const codes = ['first', 'second', 'third'];
    const answers = await Promise.allSettled(codes.map((code) => visit(`${url}?${query({ code, state: STATE })}`)));
    const statuses = answers.map((answer) => (answer.status === 'fulfilled' ? answer.value.status : 'refused'));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    for (const status of statuses) expect([200, 409, 'refused']).toContain(status);
    const { code } = await result;
    expect(code).toBe(codes[statuses.indexOf(200)]);
    await expect(visit(`${url}?${query({ code: 'late', state: STATE })}`)).rejects.toThrow();
  });

  it('is reachable on 127.0.0.1 when the redirect URI says localhost', async () => {
    const { port, result } = await listen();
    expect(await getFrom127(port, `/?${query({ code: 'v4', state: STATE })}`, `localhost:${port}`)).toBe(200);
    await expect(result).resolves.toEqual({ code: 'v4' });
  });
});
