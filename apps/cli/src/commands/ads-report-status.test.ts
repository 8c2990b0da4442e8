import { describe, expect, it } from 'vitest';
import { sendJson, startHostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

// A report_status of the wrong type or one API v5 does not list: the run ends at once in one
// line naming the field (exit 1), never a TypeError's words and never ten minutes of polling.

/** Runs `ads-report` against a server answering the request with `created` and every poll with `polled`. */
async function reportAgainst(created: unknown, polled: unknown) {
  const seen: string[] = [];
  const server = await startHostileServer((req, res) => {
    const line = `${req.method} ${req.url?.replace(/\?.*/, '')}`;
    seen.push(line);
    if (line === 'POST /v5/ad_accounts/1/reports') return sendJson(res, 200, created);
    if (line === 'GET /v5/ad_accounts/1/reports') return sendJson(res, 200, polled);
    sendJson(res, 500, { code: 1, message: `unexpected ${line}` });
  });
  try {
    const run = await runPinkit(['ads-report', '--ad-account-id', '1', '-l', '0'], {
      PINTEREST_API_URI: server.url,
      ACCESS_TOKEN: 'pina_TESTTESTTEST',
    });
    return { ...run, polls: seen.filter((line) => line.startsWith('GET ')).length };
  } finally {
    await server.close();
  }
}

function expectOneLine(run: { code: number | null; stderr: string }, got: string): void {
  expect(run.code).toBe(1);
  const errors = run.stderr.split('\n').filter((line) => line.startsWith('pinkit: '));
  expect(errors).toEqual([
    expect.stringMatching(new RegExp(`^pinkit: Pinterest answered the report's report_status with ${got}, where one of `)),
  ]);
  expect(run.stderr).not.toMatch(/is not a function|Cannot read|TypeError/);
}

describe('pinkit ads-report and a report_status of the wrong shape', () => {
  it.each<[string, unknown, string]>([
    ['a number', 3, 'a number'],
    ['an object', { state: 'FINISHED' }, 'an object'],
    ['a status v5 does not list', 'ALMOST_DONE', '"ALMOST_DONE"'],
  ])('stops after the first poll on %s', async (_, status, got) => {
    const run = await reportAgainst({ token: 'tok', report_status: 'IN_PROGRESS' }, { report_status: status });
    expectOneLine(run, got);
    expect(run.polls).toBe(1);
  });

  it("stops before polling on a number in the request's answer", async () => {
    const run = await reportAgainst({ token: 'tok', report_status: 5 }, { report_status: 'FINISHED', url: 'http://127.0.0.1:1/r' });
    expectOneLine(run, 'a number');
    expect(run.polls).toBe(0);
  });
});
