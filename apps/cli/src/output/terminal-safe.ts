// Names, titles and error messages come from the server. Printed raw, an escape sequence in a
// board name could clear the screen, retitle the terminal (OSC 0) or hide text, so every piece of
// server text in human output passes through here. `--json` needs none of this: JSON.stringify
// already escapes control characters.

// C0 controls, DEL and C1 controls (0x80-0x9f, where 0x9b is a one-byte CSI), plus the Unicode
// line and paragraph separators some terminals treat as newlines.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function escape(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character shown as a visible escape (`\e`, `\u0007`), so an ESC
 * sequence prints as harmless text. Tabs stay; newlines stay only with `multiline`, for fields
 * such as a description that may span lines.
 */
export function terminalSafe(text: string, options: { multiline?: boolean } = {}): string {
  return text.replace(CONTROL, (char) => (char === '\t' || (char === '\n' && options.multiline) ? char : escape(char)));
}
