import { describe, expect, it } from 'vitest';
import { runPinkit } from './test-support/run-pinkit.js';

/** Every registered command (src/command-list.ts), as typed. */
const COMMANDS = [
  'auth logout',
  'auth status',
  'auth token',
  'doctor',
  'get-access-token',
  'refresh-access-token',
  'refresh-example',
  'get-board',
  'get-pin',
  'get-user-boards',
  'get-user-pins',
  'demo',
  'sim',
  'copy-board',
  'publish',
  'copy-pin',
  'delete-board',
  'save-pin',
  'update-pin',
  'get-ads',
  'get-businesses',
  'get-terms',
  'get-analytics',
  'ads-report',
  'analytics-api-example',
  'api',
  'mcp',
];

describe('pinkit', () => {
  it('lists the commands with --help, one line each with its description', async () => {
    const run = await runPinkit(['--help']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('  get-pin                  Show one pin');
    expect(lines).toContain('  auth status              List the access tokens pinkit can use: whose they are, where they are');
    expect(lines).toContain('Reading');
    expect(lines.at(-2)).toBe(`Run "pinkit <command> --help" for a command's options, details and examples.`);
    const commandLines = lines.filter((line) => /^ {2}[a-z]/.test(line));
    expect(commandLines.map((line) => line.slice(2, 25).trim()).sort()).toEqual([...COMMANDS].sort());
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('has a help page for every command the overview lists', async () => {
    const runs = await Promise.all(COMMANDS.map((name) => runPinkit([...name.split(' '), '--help'])));
    expect(runs.map((run) => run.code)).toEqual(COMMANDS.map(() => 0));
  });

  it('answers with no arguments as with --help', async () => {
    const [bare, help] = await Promise.all([runPinkit([]), runPinkit(['-h'])]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(help.stdout);
  });

  it('names a mistyped command and the nearest ones, on stderr only', async () => {
    const cases: Array<[string[], string]> = [
      [['get-pinn', '-p', '1'], 'pinkit: Unknown command "get-pinn". Did you mean: get-pin?\n'],
      [['auth', 'statu'], 'pinkit: Unknown command "auth statu". Did you mean: auth status?\n'],
      [['get-everything'], 'pinkit: Unknown command "get-everything". No command is close; run "pinkit --help" for the list.\n'],
    ];
    for (const [args, stderr] of cases) {
      const run = await runPinkit(args);
      expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ args, code: 2, stdout: '', stderr });
    }
  });

  it("points to the command's help when a known command gets arguments it does not take", async () => {
    const run = await runPinkit(['auth', 'logout', 'one', 'two']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: Unexpected arguments for "pinkit auth logout".\nRun "pinkit auth logout --help" for usage.\n');
  });

  it('offers -a and --token-store only on commands that call Pinterest', async () => {
    for (const command of ['sim', 'demo']) {
      const run = await runPinkit([command, '-a', 'other']);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe('pinkit: Unsupported option name ("-a").');
      expect((await runPinkit([command, '--help'])).stdout).not.toContain('--token-store');
    }
    expect((await runPinkit(['get-pin', '--help'])).stdout).toContain('--token-store');
  });

  it('prints no colour codes into a pipe', async () => {
    for (const args of [['--help'], ['get-board', '--help']]) {
      const run = await runPinkit(args);
      expect(run.stdout).not.toContain('\u001b[');
    }
  });

  it('marks -v 3 as legacy once in each help, naming v5 as what replaces it', async () => {
    for (const args of [['--help'], ['get-access-token', '--help'], ['get-user-boards', '--help']]) {
      const help = (await runPinkit(args)).stdout.replace(/\s+/g, ' ');
      expect(help.match(/legacy/gi), args.join(' ')).toHaveLength(1);
      expect(help, args.join(' ')).toContain('3 = legacy v3, retired by Pinterest; use 5');
    }
  });

  it("shows a usage example in a command's help", async () => {
    const run = await runPinkit(['get-board', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pinkit get-board -b 1234567890');
  });

  it("names the required options in a command's usage line, with their values", async () => {
    const cases: Array<[string[], string]> = [
      [['get-pin'], '$ pinkit get-pin -p PIN_ID [options]'],
      [['copy-pin'], '$ pinkit copy-pin -p PIN_ID -b BOARD_ID [options]'],
      [['save-pin'], '$ pinkit save-pin -p PIN_ID -b BOARD_ID [options]'],
      [['get-board'], '$ pinkit get-board -b BOARD_ID [options]'],
      [['auth', 'logout'], '$ pinkit auth logout NAME [options]'],
      [['get-user-boards'], '$ pinkit get-user-boards [options]'],
    ];
    for (const [path, usage] of cases) {
      const run = await runPinkit([...path, '--help']);
      expect(run.stdout.split('\n'), path.join(' ')).toContain(usage);
    }
  });

  it("lists a command's own options before the ones it shares with the others", async () => {
    const lines = (await runPinkit(['get-user-boards', '--help'])).stdout.split('\n');
    const at = (label: string) => lines.findIndex((line) => line.startsWith(`  ${label}`));
    expect(lines.indexOf('Options')).toBeLessThan(lines.indexOf('Common options'));
    expect(at('-ps, --page-size PAGE_SIZE')).toBeGreaterThan(lines.indexOf('Options'));
    expect(at('-ps, --page-size PAGE_SIZE')).toBeLessThan(lines.indexOf('Common options'));
    for (const shared of [
      '-l, --log-level N',
      '--json',
      '-v, --api-version V',
      '-a, --access-token NAME',
      '--token-store STORE',
      '--sandbox',
    ]) {
      expect(at(shared), shared).toBeGreaterThan(lines.indexOf('Common options'));
    }
  });

  it('prints the version with --version, and -v alone as clipanion did', async () => {
    const version = (await runPinkit(['--version'])).stdout.trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect((await runPinkit(['-v'])).stdout.trim()).toBe(version);
  });

  it('still finds the command when options come before its name', async () => {
    const run = await runPinkit(['-l', '1', 'get-pin', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('$ pinkit get-pin -p PIN_ID [options]');
  });

  it('answers an unknown command with one line on stderr and exit code 2', async () => {
    const run = await runPinkit(['get-everything']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^pinkit: /);
  });

  it('refuses a host variable that is not an http(s) URL, naming it, before any request', async () => {
    const run = await runPinkit(['get-pin', '-p', '1'], { PINTEREST_API_URI: 'api.example.com', ACCESS_TOKEN: 'pina_x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pinkit: PINTEREST_API_URI must be an http:// or https:// URL (got "api.example.com").\n');
  });

  it('refuses API v3 in one line, from -v or PINTEREST_API_VERSION, for a command v3 never had', async () => {
    const cases = [
      [['save-pin', '-p', '1', '-b', '2', '-v', '3'], {}],
      [['get-terms', 'home', '-s'], { PINTEREST_API_VERSION: '3' }],
    ] as const;
    for (const [args, env] of cases) {
      const run = await runPinkit([...args], { ACCESS_TOKEN: 'pina_x', ...env });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`pinkit: ${args[0]}: API v3 never had this command; it needs -v 5 (the default).\n`);
    }
  });

  it('rejects a log level outside 0..3', async () => {
    const run = await runPinkit(['get-pin', '-p', '1', '-l', '7']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('pinkit: Invalid value for -l: expected to be in the [0; 3] range (got 7)');
  });
});
