import { describe, expect, it } from 'vitest';
import { startHostileServer, sendJson } from '../test-support/hostile-server.js';
import { runOnTerminal } from '../test-support/run-on-terminal.js';
import { runPinkit } from '../test-support/run-pinkit.js';

describe('commands that use an id Pinterest answered with, from a server whose ids no path can hold', () => {
  it('delete-board exits 1 saying the server is at fault, and deletes nothing', async () => {
    const requests: string[] = [];
    const server = await startHostileServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push(`${req.method} ${path}`);
      if (path === '/v5/user_account') sendJson(res, 200, { username: 'demo' });
      else if (path === '/v5/boards') sendJson(res, 200, { items: [{ id: '../user_account', name: 'Recipes' }], bookmark: null });
      else if (path === '/v5/boards/42') sendJson(res, 200, { id: 'a/b', name: 'Recipes' });
      else sendJson(res, 404, { code: 404, message: 'not here' });
    });
    try {
      const env = { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' };
      for (const args of [['--all-boards'], ['-b', '42']]) {
        const run = await runPinkit(['delete-board', ...args, '--yes', '-l', '0'], env);
        expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('Pinterest returned a bad board id')]);
        expect(run.stderr).toContain('the server sent it, not you');
      }
      expect(requests.filter((request) => request.startsWith('DELETE'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('get-analytics exits 1 saying the server is at fault when a pin offered to choose from has such an id', async () => {
    const requests: string[] = [];
    const server = await startHostileServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push(path);
      if (path === '/v5/pins') sendJson(res, 200, { items: [{ id: '../user_account', title: 'Bread' }], bookmark: null });
      else sendJson(res, 404, { code: 404, message: 'not here' });
    });
    try {
      const env = { PINTEREST_API_URI: server.url, ACCESS_TOKEN: 'pina_TESTTESTTEST' };
      const run = await runOnTerminal(['get-analytics', '-o', 'pin', '--json'], env, ['1']);
      expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('Pinterest returned a bad pin id')]);
      expect(requests).toEqual(['/v5/pins']);
    } finally {
      await server.close();
    }
  });
});
