import { PassThrough } from 'node:stream';
import { fuzzArgument } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { createPinkitMcpServer, type PinkitMcpServerOptions } from './create-mcp-server.js';
import { serveStdio } from './serve-stdio.js';
import { fakeMcpAccount } from './test-support/fake-mcp-account.js';
import { toolCapabilities, toolSet } from './tool-set.js';

// Every public function of the package, each argument given every hostile value: a wrong one is
// refused with a named error saying which option and what it must be (ArgumentError; McpOptionsError
// for writes without a journal), never a TypeError from inside, a hang, or taken silently.

type Row = [name: string, call: (value: unknown) => unknown, accepts: readonly string[]];

const OPTIONAL = ['undefined'];
const FUNCTION = [...OPTIONAL, 'function'];
const FLAG = [...OPTIONAL, 'true'];
const TEXT = [...OPTIONAL, '"x"', '"zzz"'];
const BAG = ['{}', 'Date'];
const any = (value: unknown) => value as never;

const OPTIONS: PinkitMcpServerOptions = { openAccount: async () => fakeMcpAccount(), journalPath: () => '/nonexistent/journal.jsonl' };

const serverWith = (key: string) => (value: unknown) => createPinkitMcpServer({ ...OPTIONS, [key]: value });

/**
 * Serves over streams that end at once, so that a call the checks let through returns. Undefined
 * means the process's own stream, which is taken; it is not served here, as the test runner's
 * stdin never ends.
 */
function stdioWith(key: 'stdin' | 'stdout') {
  return (value: unknown) => {
    if (value === undefined) return undefined;
    const stdin = new PassThrough();
    stdin.end();
    return serveStdio({ ...OPTIONS, stdin, stdout: new PassThrough(), [key]: value });
  };
}

const ROWS: Row[] = [
  ['createPinkitMcpServer(options)', (v) => createPinkitMcpServer(any(v)), []],
  ['createPinkitMcpServer(options.openAccount)', serverWith('openAccount'), ['function']],
  ['createPinkitMcpServer(options.describeError)', serverWith('describeError'), FUNCTION],
  ['createPinkitMcpServer(options.journalPath)', serverWith('journalPath'), FUNCTION],
  ['createPinkitMcpServer(options.targetLockPath)', serverWith('targetLockPath'), FUNCTION],
  ['createPinkitMcpServer(options.name)', serverWith('name'), TEXT],
  ['createPinkitMcpServer(options.version)', serverWith('version'), TEXT],
  ['createPinkitMcpServer(options.allowWrites)', serverWith('allowWrites'), FLAG],
  ['createPinkitMcpServer(options.allowDestructive)', serverWith('allowDestructive'), FLAG],
  ['createPinkitMcpServer(options.supports)', serverWith('supports'), FUNCTION],
  ['serveStdio(options)', (v) => serveStdio(any(v)), []],
  ['serveStdio(options.stdin)', stdioWith('stdin'), OPTIONAL],
  ['serveStdio(options.stdout)', stdioWith('stdout'), OPTIONAL],
  ['toolCapabilities(permissions)', (v) => toolCapabilities(any(v)), BAG],
  ['toolCapabilities(permissions.allowWrites)', (v) => toolCapabilities({ allowWrites: any(v) }), FLAG],
  ['toolCapabilities(permissions.supports)', (v) => toolCapabilities({ supports: any(v) }), FUNCTION],
  ['toolSet(permissions)', (v) => toolSet(any(v), { journalPath: () => '' }), BAG],
  ['toolSet(places)', (v) => toolSet({}, any(v)), []],
  ['toolSet(places.journalPath)', (v) => toolSet({}, { journalPath: any(v) }), ['function']],
  ['toolSet(places.targetLockPath)', (v) => toolSet({}, { journalPath: () => '', targetLockPath: any(v) }), FUNCTION],
];

describe('the MCP server checks its arguments', () => {
  it.each(ROWS)('%s', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('names the option and what it must be', () => {
    expect(() => createPinkitMcpServer({ ...OPTIONS, name: 5 as never })).toThrow(
      expect.objectContaining({
        name: 'ArgumentError',
        message:
          'createPinkitMcpServer: options.name must be a non-empty string of at most 200 characters without control characters, not the number 5.',
      }),
    );
  });
});
