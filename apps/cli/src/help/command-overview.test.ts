import { describe, expect, it } from 'vitest';
import { commandOverview, OVERVIEW_WIDTH } from './command-overview.js';
import { commandPaths, type CommandInfo } from './command-paths.js';

// Command classes load clipanion, which vitest cannot import; the overview reads only these two
// statics. main.test.ts checks the real list through the built binary.
const command = (path: string[], category: string, description: string): CommandInfo => ({
  paths: [path],
  usage: { category, description },
});
const commands: CommandInfo[] = [
  { paths: [['-h'], ['--help']] },
  { paths: [['--version']] },
  command(['get-pin'], 'Reading', 'Show one pin'),
  command(['auth', 'status'], 'Access tokens', 'List the access tokens pinkit can use, where they are stored, their scopes and expiry'),
  command(['sim'], 'Simulator', 'Run the local Pinterest simulator'),
  command(['copy-board'], 'Writing and copying', 'Copy one board or every board, with sections and pins'),
  command(['get-board'], 'Reading', 'Show one board, optionally with its sections and pins'),
  command(['get-access-token'], 'Access tokens', 'Sign in with OAuth 2.0 and show (or store) the access token'),
];

const overview = commandOverview(commands, { version: '9.9.9', colored: false });
const lines = overview.split('\n');

describe('commandOverview', () => {
  it('lists every command exactly once, with its description on the same line, and not the built-ins', () => {
    expect(commandPaths(commands)).toHaveLength(6);
    for (const path of commandPaths(commands)) {
      const name = path.join(' ');
      const matching = lines.filter((line) => line.startsWith(`  ${name} `));
      expect(matching, name).toHaveLength(1);
    }
    expect(lines).toContain('  sim                      Run the local Pinterest simulator');
    expect(overview).not.toMatch(/^ {2}(-h|--version) /m);
  });

  it('groups the commands under their categories, in alphabetical order', () => {
    const headings = ['Access tokens', 'Reading', 'Simulator', 'Writing and copying'].map((heading) => lines.indexOf(heading));
    expect(headings.every((index) => index > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    const reading = lines.slice(headings[1]! + 1, headings[2]! - 1);
    expect(reading).toEqual([
      '  get-board                Show one board, optionally with its sections and pins',
      '  get-pin                  Show one pin',
    ]);
  });

  it('lists the shared options once, after the commands', () => {
    for (const flag of ['-l, --log-level', '--json', '-v, --api-version', '-a, --access-token', '--token-store']) {
      expect(
        lines.filter((line) => line.startsWith(`  ${flag}`)),
        flag,
      ).toHaveLength(1);
    }
    expect(lines.indexOf('Options of every command')).toBeGreaterThan(lines.indexOf('Writing and copying'));
    expect(lines).toContain('Options of the commands that call Pinterest');
  });

  it('fits in 100 columns, continuing long descriptions under the description column', () => {
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(OVERVIEW_WIDTH);
    const at = lines.findIndex((line) => line.startsWith('  auth status '));
    expect(lines[at + 1]).toMatch(/^ {27}\S/);
  });

  it('starts with the version and ends with where to find more', () => {
    expect(lines[0]).toBe('pinkit 9.9.9');
    expect(lines.at(-2)).toBe(`Run "pinkit <command> --help" for a command's options, details and examples.`);
  });

  it('makes the headings bold only when asked to colour', () => {
    expect(overview).not.toContain('\u001b[');
    expect(commandOverview(commands, { version: '1', colored: true })).toContain('\u001b[1mReading\u001b[22m');
  });
});
