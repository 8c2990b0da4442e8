// Decides by trying: starts gnome-keyring's Secret Service in a private D-Bus session, the way the
// keychain tests do, with its keyring in a throwaway HOME so the user's own is never touched.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProbeResult } from './capabilities.js';
import { endProcessGroup } from './process-group.js';

// The daemon's stderr goes to a file: it forks and outlives the session, and would otherwise hold
// the pipe open, so the probe could not tell when the session has ended.
const UNLOCK = [
  'printf %s pinkit-probe | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$HOME/daemon.err"',
  '|| { status=$?; cat "$HOME/daemon.err" >&2; exit $status; }',
].join(' ');

export function probeKeyring(options: { timeoutMs: number; path?: string }): Promise<ProbeResult> {
  const home = mkdtempSync(join(tmpdir(), 'pinkit-keyring-probe-'));
  mkdirSync(join(home, 'run'), { mode: 0o700 });
  const env = {
    PATH: options.path ?? process.env.PATH ?? '',
    HOME: home,
    XDG_RUNTIME_DIR: join(home, 'run'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
  };
  return new Promise<ProbeResult>((resolve) => {
    // Its own process group: the daemon forks away from the session and outlives it, so the
    // whole group is ended afterwards.
    const child = spawn('dbus-run-session', ['--', 'sh', '-c', UNLOCK], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const silent = { ok: false, reason: `gnome-keyring gave no answer within ${options.timeoutMs} ms` } as const;
    const timer = setTimeout(() => finish(silent), options.timeoutMs);
    let done = false;
    function finish(result: ProbeResult): void {
      if (done) return;
      done = true;
      clearTimeout(timer);
      endProcessGroup(child.pid);
      child.stderr.destroy();
      rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      resolve(result);
    }
    child.on('error', (error) => finish({ ok: false, reason: `dbus-run-session did not start: ${error.message}` }));
    child.on('close', (code, signal) => {
      if (code === 0) return finish({ ok: true });
      const said = stderr
        .trim()
        .split('\n')
        .filter((line) => !/Failed to set fd limit/.test(line))
        .at(-1);
      finish({ ok: false, reason: `D-Bus session with gnome-keyring failed (${signal ?? `exit ${code}`})${said ? `: ${said}` : ''}` });
    });
  });
}
