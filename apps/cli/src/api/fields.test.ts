import { describe, expect, it } from 'vitest';
import { collectFields, splitField, typedValue } from './fields.js';

describe('pinkit api fields', () => {
  it('types -F values as gh does and keeps -f values as strings', () => {
    expect(collectFields(['n=12', 'flag=true'], ['count=12', 'ratio=-1.5e2', 'on=false', 'none=null', 'word=twelve'])).toEqual({
      n: '12',
      flag: 'true',
      count: 12,
      ratio: -150,
      on: false,
      none: null,
      word: 'twelve',
    });
    expect(typedValue('@notes.txt', (path) => `text of ${path}`)).toBe('text of notes.txt');
    expect(typedValue('007')).toBe('007');
  });

  it('refuses a field without a key in one line', () => {
    expect(splitField('a=b=c', '-f')).toEqual(['a', 'b=c']);
    expect(() => splitField('=x', '-f')).toThrow('-f takes key=value; got "=x".');
    expect(() => splitField('novalue', '-q')).toThrow('-q takes key=value');
  });
});
