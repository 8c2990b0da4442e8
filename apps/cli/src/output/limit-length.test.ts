import { describe, expect, it } from 'vitest';
import { limitLength } from './limit-length.js';

describe('limitLength', () => {
  it('leaves a short line alone', () => {
    expect(limitLength('Board not found.')).toBe('Board not found.');
  });

  it('cuts a long line and says how many characters were left out', () => {
    expect(limitLength('x'.repeat(5_000_000), 300)).toBe(`${'x'.repeat(300)}…(4999700 more characters)`);
  });

  it('keeps the request id at the end of a cut line', () => {
    const cut = limitLength(`${'y'.repeat(1000)} (request id abc123)`, 10);
    expect(cut).toBe(`${'y'.repeat(10)}…(990 more characters) (request id abc123)`);
  });

  it('does not split an emoji in two', () => {
    expect(limitLength(`${'a'.repeat(9)}🍰🍰`, 10)).toBe(`${'a'.repeat(9)}…(4 more characters)`);
  });
});
