import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startLocalServer } from './test-support/local-server.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const run = promisify(execFile);
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

/** One GET and one POST through the built bundle's default transport, in a fresh Node; prints what it saw. */
async function requestInFreshNode(baseUrl: string, before = '') {
  const script = `${before}
    const { createHttpClient } = await import(${JSON.stringify(dist)});
    const client = createHttpClient({ baseUrl: ${JSON.stringify(baseUrl)}, retry: false });
    const got = await client.request('GET', '/pins/1', { auth: 'none' });
    const posted = await client.request('POST', '/pins', { auth: 'none', json: { title: 'Soup' } });
    const undici = process.moduleLoadList.some((name) => name.includes('undici'));
    console.log(JSON.stringify({ got: got.data, posted: posted.data, undici }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout) as { got: unknown; posted: unknown; undici: boolean };
}

describe('the built bundle', () => {
  it('holds ofetch core only: no node-fetch-native, no module-level use of the global Headers', () => {
    expect(existsSync(dist), `${dist} is missing: run pnpm build first`).toBe(true);
    const text = readFileSync(dist, 'utf8');
    expect(text).toContain('function createFetch(');
    expect(text).not.toContain('node-fetch-native');
    expect(text).toMatch(/^\/\*! Bundled: ofetch [\d.]+, destr [\d.]+, ufo [\d.]+/);
  });

  it('sends requests with the default transport without Node ever loading undici', async () => {
    const server = await startLocalServer((req, res) => sendJson(res, 200, { method: req.method, body: req.body }));
    close = server.close;
    const seen = await requestInFreshNode(server.url);
    expect(seen).toEqual({ got: { method: 'GET', body: '' }, posted: { method: 'POST', body: '{"title":"Soup"}' }, undici: false });
    // The check can fail: touching the global Headers is enough to load undici.
    expect((await requestInFreshNode(server.url, 'void Headers;')).undici).toBe(true);
  }, 20_000);
});
