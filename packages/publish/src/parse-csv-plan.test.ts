import { describe, expect, it } from 'vitest';
import { parseCsvPlan } from './parse-csv-plan.js';

describe('parseCsvPlan', () => {
  it('numbers rows as a spreadsheet does: the header is row 1, blank rows count, a multi-line cell is one row', () => {
    const text = '\uFEFFboard,title,media\nRecipes,"Soup, hot",https://x.test/a.jpg\n\nTravel,"Two\nlines",b.png\n';
    const { rows, problems } = parseCsvPlan(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 2, fields: { board: 'Recipes', title: 'Soup, hot', media: 'https://x.test/a.jpg' } },
      { row: 4, fields: { board: 'Travel', title: 'Two\nlines', media: 'b.png' } },
    ]);
  });

  it('reports unknown and repeated columns on row 1, and rows with more cells than the header', () => {
    const { rows, problems } = parseCsvPlan('board,titel,media,board\nRecipes,x,a.jpg,Travel,extra\nRecipes,y,a.jpg\n');
    expect(problems).toEqual([
      { row: 1, message: expect.stringContaining('Unknown column "titel"') },
      { row: 1, column: 'board', message: 'The column "board" appears twice.' },
      { row: 2, message: expect.stringContaining('Row 2 has 5 cells but the header has 4') },
    ]);
    expect(rows.map((row) => row.row)).toEqual([3]);
  });

  it('turns a syntax error into a problem instead of throwing', () => {
    const { problems } = parseCsvPlan('board,media\n"Recipes,a.jpg\n');
    expect(problems).toEqual([{ row: 0, message: expect.stringContaining('The CSV cannot be read') }]);
  });
});
