import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { endProcessGroup, freePort } from '@pinkit/test-support';

export interface Registry {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** A publish token for a user made at start. */
  token: string;
  /** `//127.0.0.1:PORT/:_authToken=...`, the .npmrc line that carries the token. */
  authLine: string;
  stop(): Promise<void>;
}

// @pinkit packages come from this registry alone, never from the uplink: a published name of
// ours on npmjs.org must not stand in for what the release under test published.
const config = (storage: string) => `
storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(join(storage, '..', 'htpasswd'))}
    max_users: 1
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  '@pinkit/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: npmjs
log: { type: stdout, format: pretty, level: error }
`;

/** Waits until `url` answers, for at most `ms`. */
async function answering(url: string, ms: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const early = exited();
    if (early !== undefined) throw new Error(`verdaccio exited before answering: ${early}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`verdaccio did not answer at ${url} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts verdaccio on loopback with its storage, config and users under `dir`, and makes a publishing user. */
export async function startVerdaccio(dir: string): Promise<Registry> {
  const storage = join(dir, 'storage');
  mkdirSync(storage, { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), config(storage));
  const port = await freePort();
  const bin = join(dirname(createRequire(import.meta.url).resolve('verdaccio/package.json')), 'bin', 'verdaccio');
  const child = spawn(process.execPath, [bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exit: string | undefined;
  child.on('exit', (code, signal) => (exit = `${code ?? signal}: ${output.slice(-2000)}`));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (exit !== undefined) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    endProcessGroup(child.pid, 'SIGTERM');
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
    endProcessGroup(child.pid);
  };
  try {
    await answering(`${url}-/ping`, 60_000, () => exit);
    const response = await fetch(`${url}-/user/org.couchdb.user:maintainer`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'maintainer', password: 'release-test-only' }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!token) throw new Error(`verdaccio made no user (HTTP ${response.status})`);
    return { url, token, authLine: `//127.0.0.1:${port}/:_authToken=${token}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
