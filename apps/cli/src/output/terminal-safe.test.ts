import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe.js';

describe('terminalSafe', () => {
  it('shows ESC, BEL, DEL and C1 controls as visible escapes', () => {
    expect(terminalSafe('\u001b]0;pwned\u0007\u001b[2J')).toBe('\\e]0;pwned\\u0007\\e[2J');
    expect(terminalSafe('a\u007fb\u009b31mc\u0085')).toBe('a\\u007fb\\u009b31mc\\u0085');
    expect(terminalSafe('over\rwrite')).toBe('over\\rwrite');
  });

  it('keeps tabs and ordinary text, and newlines only when asked', () => {
    expect(terminalSafe('Café\tRecipes 🍰')).toBe('Café\tRecipes 🍰');
    expect(terminalSafe('two\nlines')).toBe('two\\nlines');
    expect(terminalSafe('two\nlines', { multiline: true })).toBe('two\nlines');
  });

  it('shows bidi controls and zero-width characters, which disguise text, as visible escapes', () => {
    expect(terminalSafe('invoice\u202Efdp.exe')).toBe('invoice\\u202efdp.exe');
    const invisible = ['\u061c', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u2060'];
    const isolates = ['\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u00ad'];
    for (const char of [...invisible, ...isolates]) {
      expect(terminalSafe(`a${char}b`)).toBe(`a\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    }
    expect(terminalSafe('tag\u{E0041}')).toBe('tag\\u{e0041}');
  });

  it('keeps the zero-width joiner inside an emoji sequence', () => {
    expect(terminalSafe('Family 👨\u200d👩\u200d👧 board')).toBe('Family 👨\u200d👩\u200d👧 board');
    expect(terminalSafe('Pride 🏳\ufe0f\u200d🌈')).toBe('Pride 🏳\ufe0f\u200d🌈');
    expect(terminalSafe('a\u200d👩')).toBe('a\\u200d👩');
  });
});
