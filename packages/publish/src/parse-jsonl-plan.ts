import type { ParsedPlan } from './parse-csv-plan.js';
import { isPlanColumn } from './plan-row.js';
import type { PlanProblem, PlanRow } from './plan-row.js';

/**
 * Reads a JSON Lines plan: one object per line, numbered by line; blank lines are skipped. Values
 * are strings; numbers and booleans are taken as their text, null as absent.
 */
export function parseJsonlPlan(text: string): ParsedPlan {
  const rows: PlanRow[] = [];
  const problems: PlanProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const row = index + 1;
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ row, message: `Line ${row} is not JSON: ${(error as Error).message}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ row, message: `Line ${row} is not a JSON object.` });
      return;
    }
    const fields: PlanRow['fields'] = {};
    for (const [name, cell] of Object.entries(value)) {
      if (!isPlanColumn(name)) {
        problems.push({
          row,
          message: `Unknown field "${name}"; the fields are board, section, title, description, link, alt_text, media, cover, publish_at and id.`,
        });
        continue;
      }
      if (cell === null || cell === undefined || cell === '') continue;
      if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') fields[name] = String(cell);
      else problems.push({ row, column: name, message: `"${name}" must be a string.` });
    }
    rows.push({ row, fields });
  });
  return { rows, problems };
}
