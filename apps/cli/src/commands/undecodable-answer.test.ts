import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

// A Pinterest that claims gzip and sends plain text, or claims JSON and sends a web page.
let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer((req, res) => {
    const gzip = (req.url ?? '').includes('businesses');
    res.writeHead(200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gzip ? '{"items":[]}' : '<html>');
  });
});
afterAll(() => server.close());

describe('an answer that does not decode', () => {
  it('names the request it came from, without its query, and exits 1', async () => {
    const run = await runPinkit(['get-businesses', '-l', '0'], { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `The answer of GET ${server.url}/v5/user_account/businesses could not be decompressed (gzip: incorrect header check)`,
    );
  });
});
