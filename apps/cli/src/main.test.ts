import { describe, expect, it } from 'vitest';
import { runPinkit } from './test-support/run-pinkit.js';

describe('pinkit', () => {
  it('lists the commands with --help', async () => {
    const run = await runPinkit(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['get-pin', 'get-board', 'get-user-boards', 'get-user-pins', 'sim', 'demo']) expect(run.stdout).toContain(`pinkit ${name}`);
  });

  it('prints no colour codes into a pipe', async () => {
    for (const args of [['--help'], ['get-board', '--help']]) {
      const run = await runPinkit(args);
      expect(run.stdout).not.toContain('\u001b[');
    }
  });

  it('shows a usage example in a command\'s help', async () => {
    const run = await runPinkit(['get-board', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pinkit get-board -b 1234567890');
  });

  it('answers an unknown command with one line on stderr and exit code 2', async () => {
    const run = await runPinkit(['get-everything']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^pinkit: /);
  });

  it('rejects a log level outside 0..3', async () => {
    const run = await runPinkit(['get-pin', '-p', '1', '-l', '7']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('pinkit: Invalid value for -l: expected to be in the [0; 3] range (got 7)');
  });
});
