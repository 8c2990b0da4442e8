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
});
