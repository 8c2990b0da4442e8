import { PassThrough } from 'node:stream';
import type { AnyAccount } from '@pinkit/account';
import { fakeOpener } from '@pinkit/account/testing';
import type { PinkitContext } from '../base/pinkit-context.js';
import { PINKIT_BIN, TEST_HOME, type PinkitRun } from './run-pinkit.js';

type Main = (argv: string[], context: Partial<PinkitContext>) => Promise<number>;

/** The built CLI, loaded in this process (clipanion's sources do not load under vitest). */
async function builtMain(): Promise<Main> {
  const bundle = new URL('../dist/pinkit.js', `file://${PINKIT_BIN}`).href;
  return ((await import(bundle)) as { main: Main }).main;
}

/**
 * Runs pinkit in this process against `account` (a fake one from `@pinkit/account/testing`):
 * no HTTP, no token store touched beyond the environment's token. Input is not a terminal.
 */
export async function runWithAccount(
  args: string[],
  account: AnyAccount,
  env: Record<string, string | undefined> = {},
): Promise<PinkitRun & { opened: ReturnType<typeof fakeOpener>['opened'] }> {
  const stdin = new PassThrough();
  stdin.end();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const openAccount = fakeOpener(account);
  const context = {
    stdin,
    stdout,
    stderr,
    env: { ACCESS_TOKEN: 'pina_FAKEFAKEFAKE', ...env, HOME: TEST_HOME },
    colorDepth: 1,
    openAccount,
  } as unknown as PinkitContext;
  const code = await (await builtMain())([...args, '--token-store', 'file'], context);
  return { code, stdout: out, stderr: err, opened: openAccount.opened };
}
