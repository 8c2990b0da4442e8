import { expect, it } from 'vitest';
import { parseJsonlPlan } from './parse-jsonl-plan.js';

it('reads one object per line, numbered by line, skipping blank lines and listing every bad line', () => {
  const text = [
    '{"board":"Recipes","media":"a.jpg","title":null}',
    '',
    'not json',
    '[1]',
    '{"board":"B","media":"m.jpg","colour":"red","title":{"x":1}}',
  ].join('\n');
  const { rows, problems } = parseJsonlPlan(text);
  expect(rows).toEqual([
    { row: 1, fields: { board: 'Recipes', media: 'a.jpg' } },
    { row: 5, fields: { board: 'B', media: 'm.jpg' } },
  ]);
  expect(problems).toEqual([
    { row: 3, message: expect.stringContaining('Line 3 is not JSON') },
    { row: 4, message: 'Line 4 is not a JSON object.' },
    { row: 5, message: expect.stringContaining('Unknown field "colour"') },
    { row: 5, column: 'title', message: '"title" must be a string.' },
  ]);
});
