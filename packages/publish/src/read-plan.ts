import { extname } from 'node:path';
import { parseCsvPlan } from './parse-csv-plan.js';
import type { ParsedPlan } from './parse-csv-plan.js';
import { parseJsonlPlan } from './parse-jsonl-plan.js';
import type { PublishLimits } from './pin-limits.js';
import type { PlanFiles } from './publish-ports.js';

export type PlanFormat = 'csv' | 'jsonl';

export function planFormatOf(path: string): PlanFormat {
  return ['.jsonl', '.ndjson', '.json'].includes(extname(path).toLowerCase()) ? 'jsonl' : 'csv';
}

/** Reads and parses a plan file; a file that cannot be read is a problem of row 0, not a throw. */
export async function readPlan(files: PlanFiles, path: string, format: PlanFormat, limits: PublishLimits): Promise<ParsedPlan> {
  let text: string;
  try {
    const bytes = await files.read(path, limits.maxPlanBytes);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const reason = error instanceof TypeError ? 'it is not UTF-8 text' : (error as Error).message;
    return { rows: [], problems: [{ row: 0, message: `Cannot read the plan ${path}: ${reason}.` }] };
  }
  const parsed = format === 'jsonl' ? parseJsonlPlan(text) : parseCsvPlan(text);
  if (parsed.rows.length > limits.maxRows) {
    return {
      rows: [],
      problems: [{ row: 0, message: `The plan has ${parsed.rows.length} rows; at most ${limits.maxRows} are read. Split it.` }],
    };
  }
  if (parsed.rows.length === 0 && parsed.problems.length === 0)
    return { rows: [], problems: [{ row: 0, message: `The plan ${path} has no rows.` }] };
  return parsed;
}
