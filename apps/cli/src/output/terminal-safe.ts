// Names, titles and error messages come from the server. Printed raw, an escape sequence in a
// board name could clear the screen, retitle the terminal (OSC 0) or hide text, so every piece of
// server text in human output passes through here. `--json` needs none of this: JSON.stringify
// already escapes control characters.

// C0 controls, DEL and C1 controls (0x80-0x9f, where 0x9b is a one-byte CSI), the Unicode line and
// paragraph separators some terminals treat as newlines, and every invisible format character
// (Unicode's Cf: bidi overrides and isolates such as U+202E, which make "exe.txt" of "txt.exe",
// zero-width spaces and joiners, the BOM, tags), which would let a name look like another.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;
// A zero-width joiner between two pictographs builds one emoji (a family, a flag with a sign);
// there it hides nothing, so it stays.
const EMOJI_JOINER = '(?<=\\p{Extended_Pictographic}\\uFE0F?)\\u200D(?=\\p{Extended_Pictographic})';
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function escape(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return NAMED[char] ?? (code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

function kept(char: string, offset: number, text: string, multiline: boolean | undefined): boolean {
  if (char === '\t' || (char === '\n' && multiline)) return true;
  if (char !== '\u200d') return false;
  const joiner = new RegExp(EMOJI_JOINER, 'uy');
  joiner.lastIndex = offset;
  return joiner.test(text);
}

/**
 * `text` with every control and invisible format character shown as a visible escape (`\e`,
 * `\u0007`, `\u202e`), so an ESC sequence or a bidi override prints as harmless text. Tabs stay;
 * newlines stay only with `multiline`, for fields such as a description that may span lines.
 */
export function terminalSafe(text: string, options: { multiline?: boolean } = {}): string {
  return text.replace(CONTROL, (char: string, offset: number) => (kept(char, offset, text, options.multiline) ? char : escape(char)));
}
