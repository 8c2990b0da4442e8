import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startHostileServer, type HostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS).toISOString().slice(0, 10);

// A Pinterest that claims gzip and sends plain text, and whose JSON report file is a web page.
let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer((req, res) => {
    const url = req.url ?? '';
    if (req.method === 'POST' && url.includes('/reports')) return sendJson(res, 200, { report_status: 'IN_PROGRESS', token: 'tok' });
    if (url.includes('/reports?'))
      return sendJson(res, 200, { report_status: 'FINISHED', url: `${server.url}/r/file.json?sig=secret`, size: 6 });
    if (url.startsWith('/r/file.json')) return void res.writeHead(200, { 'content-type': 'application/json' }).end('<html>');
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end('{"items":[]}');
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

  it('says which report file is not JSON, by its host only', async () => {
    const args = ['ads-report', '--ad-account-id', '123', '--start-date', day(-3), '--end-date', day(-1)];
    const run = await runPinkit([...args, '--level', 'advertiser', '--columns', 'spend_in_dollar', '--format', 'json', '-l', '0'], {
      PINTEREST_API_URI: server.url,
      ACCESS_TOKEN: 'pina_TESTTESTTEST',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The report file from ${new URL(server.url).host} is not valid JSON (Unexpected token`);
    expect(run.stderr).not.toContain('secret');
  });
});
