import { PassThrough } from 'node:stream';
import type { BaseContext } from 'clipanion';
import { PINKIT_BIN, TEST_HOME, type PinkitRun } from './run-pinkit.js';

type Main = (argv: string[], context: Partial<BaseContext>) => Promise<number>;

/** The built CLI, loaded in this process (clipanion's sources do not load under vitest). */
async function builtMain(): Promise<Main> {
  const bundle = new URL('../dist/pinkit.js', `file://${PINKIT_BIN}`).href;
  return ((await import(bundle)) as { main: Main }).main;
}

/**
 * Runs pinkit in this process with a terminal for input, answering each prompt (stderr text
 * ending in "] " or "> ") with the next answer; the end of the answers ends the input.
 */
export async function runOnTerminal(
  args: string[],
  env: Record<string, string | undefined>,
  answers: string[],
  /** Output to a terminal too (with this many colours), as when a person runs pinkit by hand. */
  screen?: { colorDepth: number },
): Promise<PinkitRun> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = screen ? Object.assign(new PassThrough(), { isTTY: true }) : new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => {
    err += chunk;
    if (!/(\] |> )$/.test(err)) return;
    const answer = answers.shift();
    if (answer === undefined) stdin.end();
    else stdin.write(`${answer}\n`);
  });
  const context = {
    stdin,
    stdout,
    stderr,
    env: { ...env, HOME: TEST_HOME },
    colorDepth: screen?.colorDepth ?? 1,
  } as unknown as BaseContext;
  const code = await (await builtMain())([...args, '--token-store', 'file', '-l', '0'], context);
  return { code, stdout: out, stderr: err };
}
