import { editDistance } from './edit-distance.js';
import { compareText } from './compare-text.js';

const MAX_SUGGESTIONS = 3;

/** Close enough to be a typo: two edits, or a third of the typed length for longer names. */
function isClose(typed: string, name: string, distance: number): boolean {
  // A typed beginning of a name (`get` for get-pin) counts too, from three letters on.
  return distance <= Math.max(2, Math.floor(typed.length / 3)) || (typed.length >= 3 && name.startsWith(typed));
}

/**
 * Up to three command names nearest to what was typed, nearest first. `words` are the leading
 * words of the command line (before any option); a name of N words is compared with the first
 * N of them, and a lone word also with the last word of longer names (`status` for auth status).
 */
export function suggestCommands(words: readonly string[], paths: readonly string[][]): string[] {
  const scored: Array<{ name: string; distance: number }> = [];
  for (const path of paths) {
    const name = path.join(' ');
    const typed = words.slice(0, path.length).join(' ');
    let distance = editDistance(typed, name);
    let close = isClose(typed, name, distance);
    if (words.length === 1 && path.length > 1) {
      const last = editDistance(words[0]!, path[path.length - 1]!);
      if (isClose(words[0]!, path[path.length - 1]!, last) && (!close || last < distance)) [distance, close] = [last, true];
    }
    if (close) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || compareText(a.name, b.name));
  return [...new Set(scored.map(({ name }) => name))].slice(0, MAX_SUGGESTIONS);
}

/** The leading words of a command line: everything before the first option. */
export function leadingWords(argv: readonly string[]): string[] {
  const end = argv.findIndex((arg) => arg.startsWith('-'));
  return [...(end === -1 ? argv : argv.slice(0, end))];
}

/** The registered path the command line starts with, if any (then the command exists and only its arguments are wrong). */
export function matchedPath(words: readonly string[], paths: readonly string[][]): string[] | undefined {
  return paths.filter((path) => path.every((word, i) => words[i] === word)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The one line for a command line that names no command: the nearest names, or a pointer to
 * the list when none is close.
 */
export function unknownCommandLine(words: readonly string[], paths: readonly string[][]): string {
  // A group word (`auth`) and what follows it are one attempted name; otherwise the first word is.
  const isGroup = paths.some((path) => path.length > 1 && path[0] === words[0]);
  const typed = words.slice(0, isGroup ? 2 : 1).join(' ');
  const suggestions = suggestCommands(words, paths);
  return suggestions.length > 0
    ? `Unknown command "${typed}". Did you mean: ${suggestions.join(', ')}?`
    : `Unknown command "${typed}". No command is close; run "pinkit --help" for the list.`;
}
