import { oneLine } from '../output/describe-error.js';
import { leadingWords, matchedPath, unknownCommandLine } from './unknown-command.js';

/** Clipanion's answer when no command path fits the words typed (or their arguments). */
function isCommandNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'UnknownSyntaxError' && error.message.startsWith('Command not found');
}

/** The line (or two) for a command line clipanion could not parse; `paths` are every command's. */
export function parseErrorText(argv: readonly string[], error: unknown, paths: readonly string[][]): string {
  const words = leadingWords(argv);
  const path = matchedPath(words, paths);
  if (isCommandNotFound(error) && path === undefined) {
    if (words.length === 0) return `Unknown option "${argv[0]}"; run "pinkit --help" for the list of commands.\n`;
    return `${unknownCommandLine(words, paths)}\n`;
  }
  // The command exists; clipanion says "Command not found" also when its arguments do not fit.
  const message = isCommandNotFound(error) ? `Unexpected arguments for "pinkit ${path!.join(' ')}".` : oneLine(error);
  return `${message}\nRun "pinkit ${path ? `${path.join(' ')} ` : ''}--help" for usage.\n`;
}
