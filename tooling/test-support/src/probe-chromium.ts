// Decides by trying: a chromium that exists but cannot start (a snap shim in a container, a broken
// package) counts as missing, the same as none at all.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeResult } from './capabilities.js';
import { CHROMIUM_ARGS, chromiumPath } from './launch-chromium.js';
import { endProcessGroup } from './process-group.js';

// Run in a child so that a launch that times out, which leaves playwright's profile folders
// behind, leaves them in a folder of the probe's own, and a hung browser dies with its group.
const LAUNCH = `
const [executablePath, args, timeout] = [process.argv[1], JSON.parse(process.argv[2]), Number(process.argv[3])];
const { chromium } = await import('playwright-core');
try {
  const browser = await chromium.launch({ executablePath, headless: true, args, timeout });
  await browser.close();
} catch (error) {
  process.stderr.write(String(error?.message ?? error));
  process.exit(1);
}`;

/** Where playwright-core resolves from, whether this runs from src/ or dist/. */
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export function probeChromium(options: { executablePath?: string; timeoutMs: number }): Promise<ProbeResult> {
  const executablePath = options.executablePath ?? chromiumPath();
  // A short name: Chromium puts a Unix socket in here, and those paths must stay under 108 bytes.
  const scratch = mkdtempSync(join(tmpdir(), 'chromium-'));
  return new Promise<ProbeResult>((resolve) => {
    const args = ['--input-type=module', '-e', LAUNCH, executablePath, JSON.stringify(CHROMIUM_ARGS), String(options.timeoutMs)];
    const child = spawn(process.execPath, args, {
      cwd: packageRoot,
      env: { ...process.env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Playwright's own timeout normally answers first; this one covers node and playwright starting.
    const timer = setTimeout(() => finish(`no answer within ${options.timeoutMs + 5_000} ms`), options.timeoutMs + 5_000);
    let done = false;
    function finish(failure: string | undefined): void {
      if (done) return;
      done = true;
      clearTimeout(timer);
      endProcessGroup(child.pid);
      child.stderr.destroy();
      rmSync(scratch, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      resolve(failure === undefined ? { ok: true } : { ok: false, reason: `${executablePath} did not start: ${failure}` });
    }
    child.on('error', (error) => finish(error.message));
    child.on('close', (code, signal) => finish(code === 0 ? undefined : launchFailure(stderr) || (signal ?? `exit ${code}`)));
  });
}

/** Playwright's first line, and why the browser said it stopped: its FATAL line, else its last complaint (a shim's). */
export function launchFailure(text: string): string {
  const lines = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const first = lines.map((line) => line.trim()).find((line) => line !== '') ?? '';
  const complaints = lines
    .map((line) => /^\s*(?:- )?\[pid=\d+\]\[err\] (.+)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => line !== undefined && line !== '');
  const said = complaints.find((line) => line.includes(':FATAL:')) ?? complaints.at(-1);
  return said ? `${first} (it said: ${said})` : first;
}
