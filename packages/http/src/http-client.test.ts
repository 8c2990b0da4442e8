import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, RateLimitError, RedirectError, SpamError } from './errors.js';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import { createLevelLogger } from './logger.js';
import { startLocalServer, sendJson } from './test-support/local-server.js';
import { staticToken } from './token-provider.js';

const TOKEN = 'pina_SECRETSECRETSECRET1234567890';
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(answers: Array<(res: Parameters<typeof sendJson>[0]) => void>) {
  const server = await startLocalServer((_req, res, index) => (answers[Math.min(index, answers.length - 1)] ?? (() => {}))(res));
  close = server.close;
  return server;
}

function client(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  const delays: number[] = [];
  const http = createHttpClient({
    baseUrl,
    token: staticToken(TOKEN),
    retry: { maxAttempts: 4, baseDelayMs: 100, random: () => 0.5 },
    sleep: async (ms) => void delays.push(ms),
    ...extra,
  });
  return { http, delays };
}

describe('createHttpClient', () => {
  it('sends the bearer token and returns parsed JSON', async () => {
    const server = await serve([(res) => sendJson(res, 200, { id: '1' })]);
    const { http } = client(server.url);
    expect(await http.get('/v5/user_account', { page_size: 5, bookmark: undefined })).toEqual({ id: '1' });
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.seen[0]?.url).toBe('/v5/user_account?page_size=5');
  });

  it('retries a 429 after the Retry-After seconds', async () => {
    const server = await serve([
      (res) => sendJson(res, 429, { code: 8, message: 'Rate limit exceeded' }, { 'retry-after': '3' }),
      (res) => sendJson(res, 200, { ok: true }),
    ]);
    const { http, delays } = client(server.url);
    expect(await http.get('/v5/boards')).toEqual({ ok: true });
    expect(delays).toEqual([3000]);
  });

  it('retries 5xx with exponential backoff when no Retry-After is sent', async () => {
    const server = await serve([
      (res) => sendJson(res, 503, { code: 0, message: 'busy' }),
      (res) => sendJson(res, 500, {}),
      (res) => sendJson(res, 200, { ok: 1 }),
    ]);
    const { http, delays } = client(server.url);
    await http.get('/v5/boards');
    expect(delays).toEqual([75, 150]);
    expect(server.seen).toHaveLength(3);
  });

  it.each([400, 403, 404])('does not retry a %i', async (status) => {
    const server = await serve([(res) => sendJson(res, status, { code: 3, message: 'Board not found.' })]);
    const { http } = client(server.url);
    const error = await http.get('/v5/boards/1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code: 3, requestId: `rid-${status}` });
    expect((error as Error).message).toContain('Board not found.');
    expect(server.seen).toHaveLength(1);
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const server = await serve([(res) => sendJson(res, 502, { code: 0, message: 'bad gateway' })]);
    const { http, delays } = client(server.url);
    await expect(http.get('/v5/boards')).rejects.toMatchObject({ status: 502 });
    expect(server.seen).toHaveLength(4);
    expect(delays).toHaveLength(3);
  });

  it('stops retrying when the next delay would pass maxElapsedMs', async () => {
    const server = await serve([(res) => sendJson(res, 429, { code: 8, message: 'slow down' }, { 'retry-after': '600' })]);
    const { http } = client(server.url, { retry: { maxElapsedMs: 60_000 } });
    await expect(http.get('/v5/boards')).rejects.toBeInstanceOf(RateLimitError);
    expect(server.seen).toHaveLength(1);
  });

  it('keeps a login in the base URL out of every log line and error message', async () => {
    const server = await serve([(res) => sendJson(res, 404, { code: 3, message: 'Board not found.' })]);
    const lines: string[] = [];
    const withLogin = server.url.replace('http://', 'http://alice:s3cret-pass@');
    const { http } = client(withLogin, { logger: createLevelLogger(3, (line) => lines.push(line)) });
    const failure = http.get('/v5/boards/1');
    await expect(failure).rejects.toThrow(/^GET http:\/\/\[REDACTED\]@127\.0\.0\.1:\d+\/v5\/boards\/1 failed with 404/);
    await expect(failure).rejects.toMatchObject({ request: { url: expect.not.stringContaining('s3cret') } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/s3cret|alice/);
  });

  it('fails a write at once, naming the wait, when Retry-After asks for days', async () => {
    const server = await serve([(res) => sendJson(res, 429, { code: 8, message: 'Rate limit' }, { 'retry-after': '999999' })]);
    const { http, delays } = client(server.url);
    const failure = http.request('POST', '/v5/pins', { json: { board_id: '1' } });
    await expect(failure).rejects.toBeInstanceOf(RateLimitError);
    await expect(failure).rejects.toThrow(/^Pinterest asked to wait 11 days \(Retry-After: 999999\); giving up\. POST /);
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 999_999_000, retryAfter: '999999' });
    expect(delays).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it('never retries a write that may have taken effect, but retries a refused (429) write', async () => {
    const failing = await serve([(res) => sendJson(res, 500, { code: 0, message: 'oops' })]);
    const { http } = client(failing.url);
    await expect(http.request('POST', '/v5/pins', { json: { board_id: '1' } })).rejects.toMatchObject({ status: 500 });
    expect(failing.seen).toHaveLength(1);
    await close?.();

    const limited = await serve([
      (res) => sendJson(res, 429, { code: 8, message: 'Rate limit' }, { 'retry-after': '1' }),
      (res) => sendJson(res, 201, { id: '9' }),
    ]);
    const second = client(limited.url);
    expect((await second.http.request('POST', '/v5/pins', { json: {} })).data).toEqual({ id: '9' });
    expect(limited.seen).toHaveLength(2);
  });

  it('treats a 429 that says spam as SpamError and does not retry it', async () => {
    const server = await serve([
      (res) => sendJson(res, 429, { code: 8, message: 'Request blocked', message_detail: 'This looks like spam' }),
    ]);
    const { http } = client(server.url);
    await expect(http.request('POST', '/v5/pins', { json: {} })).rejects.toBeInstanceOf(SpamError);
    expect(server.seen).toHaveLength(1);
  });

  it('reports an unreachable host as a NetworkError that was not sent', async () => {
    const server = await serve([]);
    const url = server.url;
    await close?.();
    close = undefined;
    const { http, delays } = client(url);
    const error = await http.get('/v5/boards').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ notSent: true });
    expect((error as Error).message).toMatch(/connection refused/);
    expect(delays).toHaveLength(3);
  });

  it('reports a dropped connection as a NetworkError that may have been sent', async () => {
    const server = await startLocalServer((_req, res) => res.socket?.destroy());
    close = server.close;
    const { http } = client(server.url, { retry: false });
    await expect(http.request('POST', '/v5/pins', { json: {} })).rejects.toMatchObject({ name: 'NetworkError', notSent: false });
  });

  it("keeps only the transport's own error as the cause, never ofetch's message with the unredacted URL", async () => {
    const server = await startLocalServer((_req, res) => res.socket?.destroy());
    close = server.close;
    const { http } = client(server.url, { retry: false });
    const error = await http.get('/v5/boards', { access_token: 'pina_LEAK' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).not.toContain('pina_LEAK');
    expect((error as Error).cause).not.toHaveProperty('name', 'FetchError');
    expect(String((error as Error).cause)).not.toContain('pina_LEAK');
  });

  it('reads bodies as before: JSON or untyped parsed, other types as text, empty as nothing', async () => {
    const answers: Array<[number, Record<string, string>, string]> = [
      [200, { 'content-type': 'application/json; charset=utf-8' }, '{"id":"1"}'],
      [200, {}, '[1,2]'],
      [200, {}, 'not json'],
      [200, { 'content-type': 'application/octet-stream' }, 'raw bytes'],
      [200, { 'content-type': 'text/plain' }, '42'],
      [200, { 'content-type': 'application/json' }, ''],
      [204, {}, ''],
    ];
    const server = await startLocalServer((_req, res, index) => {
      const [status, headers, body] = answers[index] ?? [500, {}, ''];
      res.writeHead(status, headers).end(body);
    });
    close = server.close;
    const { http } = client(server.url, { retry: false });
    const data: unknown[] = [];
    for (let i = 0; i < answers.length; i++) data.push(await http.get(`/v5/${i}`));
    expect(data).toEqual([{ id: '1' }, [1, 2], 'not json', 'raw bytes', '42', undefined, undefined]);
  });

  it('parses a body with a __proto__ key without printing and without touching prototypes', async () => {
    const server = await serve([(res) => sendJson(res, 200, JSON.parse('{"__proto__": {"polluted": true}, "id": "1"}'))]);
    const warn = vi.spyOn(console, 'warn');
    try {
      const { http } = client(server.url, { retry: false });
      const data = await http.get<Record<string, unknown>>('/v5/x');
      expect(data.id).toBe('1');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('refreshes an expired token once on 401 and repeats the request', async () => {
    const server = await serve([
      (res) => sendJson(res, 401, { code: 2, message: 'Authentication failed.' }),
      (res) => sendJson(res, 200, { ok: true }),
    ]);
    let refreshes = 0;
    const { http } = client(server.url, {
      token: { getAccessToken: async () => 'pina_OLD', refresh: async () => (refreshes++, 'pina_NEW') },
    });
    expect(await http.get('/v5/user_account')).toEqual({ ok: true });
    expect(refreshes).toBe(1);
    expect(server.seen[1]?.headers.authorization).toBe('Bearer pina_NEW');
  });

  it('turns a 307 to another host into a RedirectError naming it, and never sends Authorization there', async () => {
    const elsewhere = await startLocalServer((_req, res) => sendJson(res, 200, { items: [] }));
    try {
      const server = await serve([(res) => (res.writeHead(307, { location: `${elsewhere.url}/v5/boards?token=x` }), res.end())]);
      const failure = await client(server.url)
        .http.get('/v5/boards')
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(RedirectError);
      expect(failure).toMatchObject({ status: 307, locationHost: new URL(elsewhere.url).host });
      expect((failure as Error).message).toContain(`answered 307, a redirect to ${new URL(elsewhere.url).host}`);
      expect(server.seen).toHaveLength(1);
      expect(elsewhere.seen).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('sends form bodies with HTTP Basic credentials', async () => {
    const server = await serve([(res) => sendJson(res, 200, { access_token: 'x' })]);
    const { http } = client(server.url);
    await http.request('POST', '/v5/oauth/token', {
      form: { grant_type: 'client_credentials' },
      auth: { basic: { username: 'app', password: 's3cret' } },
    });
    expect(server.seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from('app:s3cret').toString('base64')}`);
    expect(server.seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.seen[0]?.body).toBe('grant_type=client_credentials');
  });

  it('never logs the token, the secret or the Authorization header, even at level 3', async () => {
    const server = await serve([(res) => sendJson(res, 200, { access_token: TOKEN, refresh_token: 'pinr_REFRESHREFRESH123' })]);
    const lines: string[] = [];
    const { http } = client(server.url, { logger: createLevelLogger(3, (line) => lines.push(line)) });
    await http.request('POST', `/v5/oauth/token?access_token=${TOKEN}`, {
      form: { client_secret: 'app-secret-value', refresh_token: 'pinr_REFRESHREFRESH123' },
    });
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const secret of [TOKEN, 'pinr_REFRESHREFRESH123', 'app-secret-value']) expect(all).not.toContain(secret);
    expect(all).toContain('Bearer [REDACTED]');
  });

  it('logs the rate-limit category a request is paced by at level 3', async () => {
    const server = await serve([(res) => sendJson(res, 200, { id: '1' })]);
    const lines: string[] = [];
    const { http } = client(server.url, { logger: createLevelLogger(3, (line) => lines.push(line)) });
    await http.request('GET', '/v5/boards/1', { rateLimitCategory: 'org_read' });
    expect(lines[0]).toMatch(new RegExp(`^GET ${server.url}/v5/boards/1 category=org_read headers=`));
  });

  it('turns a slow answer into a NetworkError that says it timed out', async () => {
    const server = await startLocalServer(() => {});
    close = server.close;
    const { http } = client(server.url, { retry: false, timeoutMs: 50 });
    const error = await http.get('/v5/boards').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(`GET ${server.url}/v5/boards: timed out after 50 ms`);
  });

  it('bounds a body that trickles in after prompt headers by the same per-attempt timeout', async () => {
    const server = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const drip = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(drip));
    });
    close = server.close;
    const { http } = client(server.url, { retry: false, timeoutMs: 300 });
    const error = await http.get('/v5/boards').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(`GET ${server.url}/v5/boards: timed out after 300 ms`);
  });

  it("leaves no abort listener on the caller's signal after retries with the real sleep", async () => {
    // A copy passes one signal to thousands of requests; a listener left per retry wait piled up
    // into a MaxListenersExceededWarning under faults.
    const server = await serve([
      (res) => sendJson(res, 503, {}),
      (res) => sendJson(res, 503, {}),
      (res) => sendJson(res, 200, { ok: true }),
    ]);
    const http = createHttpClient({
      baseUrl: server.url,
      token: staticToken(TOKEN),
      retry: { maxAttempts: 4, baseDelayMs: 1, random: () => 0.5 },
    });
    const signal = new AbortController().signal;
    const response = await http.request('GET', '/v5/boards', { signal });
    expect(response.data).toEqual({ ok: true });
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it("passes the caller's own cancellation through unchanged and does not retry it", async () => {
    const server = await startLocalServer(() => {});
    close = server.close;
    const { http, delays } = client(server.url);
    const controller = new AbortController();
    const pending = http.get('/v5/boards', {}, controller.signal).catch((e: unknown) => e);
    setTimeout(() => controller.abort(new Error('user pressed Ctrl-C')), 20);
    expect(await pending).toMatchObject({ message: 'user pressed Ctrl-C' });
    expect(delays).toHaveLength(0);
  });
});
