import { parse } from 'csv-parse/sync';
import { isPlanColumn } from './plan-row.js';
import type { PlanColumn, PlanProblem, PlanRow } from './plan-row.js';

export interface ParsedPlan {
  rows: PlanRow[];
  problems: PlanProblem[];
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads a CSV plan with a header row. Rows are numbered as a spreadsheet shows them (the header
 * is row 1), counting blank rows, which are skipped; a quoted cell over several lines is one row.
 */
export function parseCsvPlan(text: string): ParsedPlan {
  let records: string[][];
  try {
    // Blank lines are kept (and skipped below) so that row numbers match the spreadsheet's.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? ` (line ${line})` : '';
    return { rows: [], problems: [{ row: 0, message: `The CSV cannot be read${where}: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (header === undefined || isBlank(header)) return { rows: [], problems: [{ row: 1, message: 'The plan has no header row.' }] };
  const problems: PlanProblem[] = [];
  const columns: (PlanColumn | undefined)[] = header.map((cell) => {
    const name = cell.trim().toLowerCase();
    if (isPlanColumn(name)) return name;
    problems.push({
      row: 1,
      message: `Unknown column "${cell}"; the columns are board, section, title, description, link, alt_text, media, cover, publish_at and id.`,
    });
    return undefined;
  });
  const seen = new Set<PlanColumn>();
  for (const column of columns) {
    if (column === undefined) continue;
    if (seen.has(column)) problems.push({ row: 1, column, message: `The column "${column}" appears twice.` });
    seen.add(column);
  }
  const rows: PlanRow[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    if (cells.length > header.length) {
      problems.push({
        row,
        message: `Row ${row} has ${cells.length} cells but the header has ${header.length}; quote cells that hold commas.`,
      });
      return;
    }
    const fields: PlanRow['fields'] = {};
    cells.forEach((cell, at) => {
      const column = columns[at];
      if (column !== undefined && cell !== '') fields[column] = cell;
    });
    rows.push({ row, fields });
  });
  return { rows, problems };
}
