import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { sendJson, startHostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

const TOKEN = { ACCESS_TOKEN: 'pina_TESTTESTTEST' };

/** The error lines; a request log line (`GET ... -> 200`) may come before them. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !/^GET http:\S+ -> 200 /.test(line));
}

/** Runs pinkit against a server answering every request 200 with `body`. */
async function against(body: unknown, args: string[]) {
  const server = await startHostileServer((_req, res) => sendJson(res, 200, body));
  try {
    return await runPinkit(args, { PINTEREST_API_URI: server.url, ...TOKEN });
  } finally {
    await server.close();
  }
}

describe('answers of the wrong shape end in one line naming the operation and the field', () => {
  it.each([
    [null, 'null'],
    [[{ id: '1' }], 'an array'],
  ])('get-pin answered with %j', async (body, kind) => {
    const run = await against(body, ['get-pin', '-p', '1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^pinkit: Pinterest answered pins/get with ${kind} as body, where an object was expected`, 'm'));
    expect(errorLines(run.stderr)).toHaveLength(1);
  });

  it('get-pin answered with a pin whose id is a number', async () => {
    const run = await against({ id: 12, title: 'x' }, ['get-pin', '-p', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pinkit: Pinterest answered pins\/get with a number as body\.id, where a string was expected/m);
    expect(errorLines(run.stderr)).toHaveLength(1);
  });

  it.each([
    [{ items: null, bookmark: null }, 'items'],
    [{ items: [null], bookmark: null }, 'items\\[0\\]'],
    [{ items: [{ id: ['1'] }], bookmark: null }, 'items\\[0\\]\\.id'],
  ])('get-user-boards answered with %j', async (body, field) => {
    const run = await against(body, ['get-user-boards', '-l', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^pinkit: Pinterest answered boards/list with .* as ${field}, where`, 'm'));
    expect(errorLines(run.stderr)).toHaveLength(1);
  });
});

describe('a stored token file with fields of the wrong type', () => {
  it.each([
    ['access_token', { access_token: 'pina_A\r\nX-Evil: 1' }, 'access_token contains a line break'],
    ['expires_at', { access_token: 'pina_A', expires_at: 'soon' }, 'expires_at is not a date'],
  ])('with a bad %s is refused in one line naming the file and the field; nothing is sent', async (_field, record, reason) => {
    const dir = tempDir('pinkit-tokens-');
    const file = join(dir, 'access_token.json');
    writeFileSync(file, JSON.stringify(record), { mode: 0o600 });
    const server = await startHostileServer((_req, res) => sendJson(res, 200, { id: '1' }));
    try {
      const run = await runPinkit(['get-pin', '-p', '1', '--token-store', 'file'], {
        PINTEREST_API_URI: server.url,
        PINTEREST_OAUTH_TOKEN_DIR: dir,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(`^pinkit: Token file ${file.replace(/[.\\/]/g, '\\$&')} is not a token record \\(${reason}`, 'm'),
      );
      expect(errorLines(run.stderr)).toHaveLength(1);
      expect(server.requests).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(record));
    } finally {
      await server.close();
    }
  });
});
