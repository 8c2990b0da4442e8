import { apiOptions, commonOptions, type SharedOption } from '../base/shared-options.js';
import type { CommandInfo } from './command-paths.js';
import { labelledRows } from './wrap-text.js';
import { compareText } from './compare-text.js';

export const OVERVIEW_WIDTH = 100;

export interface OverviewOptions {
  version: string;
  /** Bold headings, for a terminal. */
  colored: boolean;
}

type Row = [label: string, description: string];

function optionLabel(option: SharedOption): string {
  const flags = option.flags.split(',').join(', ');
  return option.value ? `${flags} ${option.value}` : flags;
}

/**
 * `pinkit --help`: one line per command under its category, the shared options once, then a
 * pointer to each command's own help (as gh and yarn do). Built from the command classes'
 * `paths` and `usage` alone, so it needs no parser.
 */
export function commandOverview(commands: readonly CommandInfo[], options: OverviewOptions): string {
  const heading = (text: string) => (options.colored ? `\u001b[1m${text}\u001b[22m` : text);
  const groups = new Map<string, Row[]>();
  for (const command of commands) {
    const { category, description } = command.usage ?? {};
    if (!category || !description) continue;
    for (const path of command.paths ?? []) groups.set(category, [...(groups.get(category) ?? []), [path.join(' '), description]]);
  }
  const every: Row[] = [
    ...Object.values(commonOptions).map((option): Row => [optionLabel(option), option.description]),
    ['-h, --help', "Show the command's options, details and examples"],
  ];
  const api: Row[] = Object.values(apiOptions).map((option): Row => [optionLabel(option), option.description]);
  const byLabel = ([a]: [string, unknown], [b]: [string, unknown]) => compareText(a, b);
  const sections: Array<[string, Row[]]> = [
    ...[...groups.entries()].sort(byLabel).map(([category, rows]): [string, Row[]] => [category, rows.sort(byLabel)]),
    ['Options of every command', every],
    ['Options of the commands that call Pinterest', api],
  ];
  const labelWidth = Math.max(...sections.flatMap(([, rows]) => rows.map(([label]) => label.length)));
  const lines = [`pinkit ${options.version}`, '', '  $ pinkit <command> [options]', ''];
  for (const [title, rows] of sections) lines.push(heading(title), ...labelledRows(rows, labelWidth, OVERVIEW_WIDTH), '');
  lines.push(`Run "pinkit <command> --help" for a command's options, details and examples.`);
  return `${lines.join('\n')}\n`;
}
