import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, sendJson, type HostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

// Retitles the terminal (OSC 0, ended by BEL), then clears the screen (CSI 2J).
const PWNED = '\u001b]0;pwned\u0007\u001b[2J';
const SHOWN = '\\e]0;pwned\\u0007\\e[2J';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// A Pinterest whose every name is hostile: one entity per level of the ads tree, a business, terms.
const ANSWERS: Record<string, unknown> = {
  '/v5/ad_accounts': { items: [{ id: '1', name: `Account ${PWNED}`, currency: 'USD', country: 'US' }], bookmark: null },
  '/v5/ad_accounts/1/campaigns': { items: [{ id: '2', name: `Campaign ${PWNED}`, status: PWNED }], bookmark: null },
  '/v5/ad_accounts/1/ad_groups': { items: [{ id: '3', name: `Group ${PWNED}`, status: 'ACTIVE' }], bookmark: null },
  '/v5/ad_accounts/1/ads': { items: [{ id: '4', name: `Ad ${PWNED}`, status: 'ACTIVE', pin_id: PWNED }], bookmark: null },
  '/v5/user_account/businesses': [{ username: `shop${PWNED}`, image_large_url: PWNED }],
  '/v5/terms/related': { id: 'a', related_term_count: 1, related_terms_list: [{ term: `a${PWNED}`, related_terms: [`b${PWNED}`] }] },
  '/v5/terms/suggested': [`sport${PWNED}`],
};

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer((req, res) => {
    const answer = ANSWERS[new URL(req.url ?? '/', 'http://x').pathname];
    if (answer === undefined) sendJson(res, 404, { code: 404, message: 'not here' });
    else sendJson(res, 200, answer);
  });
});
afterAll(() => server.close());

describe('server text from the ads, business and terms commands', () => {
  it('shows escape sequences as visible text', async () => {
    const env = { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' };
    const runs = await Promise.all([
      runPinkit(['get-ads', '-l', '0'], env),
      runPinkit(['get-businesses', '-l', '0'], env),
      runPinkit(['get-terms', 'a', '-r', '-l', '0'], env),
      runPinkit(['get-terms', 'sport', '-s', '-l', '0'], env),
    ]);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0]);
    expect(runs[0]?.stdout).toContain(`Ad ${SHOWN}  [ACTIVE, pin ${SHOWN}]`);
    expect(runs[0]?.stdout).toContain(`Campaign 2: Campaign ${SHOWN}  [${SHOWN}, -]`);
    expect(runs[1]?.stdout).toContain(`shop${SHOWN}  ${SHOWN}`);
    expect(runs[2]?.stdout).toBe(`a${SHOWN}: b${SHOWN}\n`);
    expect(runs[3]?.stdout).toBe(`sport${SHOWN}\n`);
    for (const run of runs) expect(`${run.stdout}${run.stderr}`).not.toMatch(CONTROL);
  });

  it('does not list the children of an entity the server sent without an id', async () => {
    const paths: string[] = [];
    const idless = await startHostileServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      paths.push(path);
      if (path === '/v5/ad_accounts') sendJson(res, 200, { items: [{ id: '1', name: 'Account' }], bookmark: null });
      else sendJson(res, 200, { items: [{ name: 'No id' }], bookmark: null });
    });
    try {
      const run = await runPinkit(['get-ads', '-l', '0'], { PINTEREST_API_URI: idless.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' });
      expect([run.code, run.stdout]).toEqual([0, 'Ad account 1: Account  [-, -]\n  Campaign -: No id  [-, -]\n']);
      expect(paths).toEqual(['/v5/ad_accounts', '/v5/ad_accounts/1/campaigns']);
    } finally {
      await idless.close();
    }
  });

  it('exits 1 saying the server is at fault when a listed id cannot be a path segment', async () => {
    const paths: string[] = [];
    const slashed = await startHostileServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      paths.push(path);
      sendJson(res, 200, { items: [{ id: '../../user_account', name: 'Account' }], bookmark: null });
    });
    try {
      const run = await runPinkit(['get-ads', '-l', '0'], { PINTEREST_API_URI: slashed.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' });
      expect([run.code, run.stderr]).toEqual([1, expect.any(String)]);
      expect(run.stderr).toContain('Pinterest returned a bad ad account id: the id "../../user_account" cannot contain "/"');
      expect(run.stderr).toContain('the server sent it, not you');
      expect(paths).toEqual(['/v5/ad_accounts']);
    } finally {
      await slashed.close();
    }
  });
});
