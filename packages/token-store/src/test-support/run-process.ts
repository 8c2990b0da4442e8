import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { endProcessGroup } from '@pinkit/test-support';

/** The package directory; child scripts run from here so `tsx` and `keytar` resolve as in tests. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Arguments that make `node` run a TypeScript file from src/test-support. */
export function tsScript(file: string): string[] {
  return ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))];
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Kill the process with SIGKILL as soon as its output so far satisfies this. */
  killWhen?: (stdout: string) => boolean | Promise<boolean>;
  /** Kill it anyway after this long, so a hung child fails the test instead of the whole run. */
  timeoutMs?: number;
  /** Start it in a process group of its own and end the group when it exits: for daemons it leaves behind. */
  ownGroup?: boolean;
}

/** Runs a command to completion (or until killed) and collects its output. */
export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: packageRoot,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.ownGroup ?? false,
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 25_000);
    child.stdout.setEncoding('utf8').on('data', async (chunk: string) => {
      stdout += chunk;
      if (options.killWhen && (await options.killWhen(stdout))) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (options.ownGroup) endProcessGroup(child.pid);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
