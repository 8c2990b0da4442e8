import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openAccount } from './open-account.js';

// A loader hook that names each API client as it loads, in a fresh Node process running the
// built package: what an account of one version loads is what a front-end pays for at start-up.
const HOOKS = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const client = /packages\\/(api-v3|api-v5)\\/dist\\/index\\.js$/.exec(resolved.url);
  if (client) process.stderr.write('loaded ' + client[1] + '\\n');
  return resolved;
}`;

async function clientsLoadedOpening(version: 5 | 3): Promise<string[]> {
  const script = [
    "import { register } from 'node:module';",
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`,
    "const { openAccount } = await import('@pinkit/account');",
    `await openAccount({ version: ${version}, token: 'pina_x', apiUri: 'http://127.0.0.1:9' });`,
  ].join('\n');
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const { stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd });
  return stderr.split('\n').filter((line) => line.startsWith('loaded '));
}

describe('openAccount', () => {
  it('loads the v5 client alone for a v5 account, and the v3 client alone for a v3 one', async () => {
    expect(await clientsLoadedOpening(5)).toEqual(['loaded api-v5']);
    expect(await clientsLoadedOpening(3)).toEqual(['loaded api-v3']);
  });

  it("refuses v3 in Pinterest's API sandbox, which serves v5 only, before anything is sent", async () => {
    await expect(openAccount({ version: 3, token: 'pina_x', sandbox: true })).rejects.toMatchObject({
      name: 'SandboxVersionError',
      message: "Pinterest's API sandbox serves v5 only; API v3 cannot be opened with sandbox.",
    });
  });
});
