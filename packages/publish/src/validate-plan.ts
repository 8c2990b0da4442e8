import { checkMedia } from './check-media.js';
import { checkRow } from './check-row.js';
import type { BoardRef, Destinations } from './destinations.js';
import type { ParsedPlan } from './parse-csv-plan.js';
import type { PublishLimits } from './pin-limits.js';
import type { PlannedPin } from './planned-pin.js';
import type { PlanProblem } from './plan-row.js';
import type { PlanFiles } from './publish-ports.js';
import { rowDigest, rowId } from './row-fingerprint.js';
import { rowKey } from './row-schedule.js';

export interface ValidationDeps {
  files: PlanFiles;
  baseDir: string;
  limits: PublishLimits;
  destinations: Destinations;
}

/**
 * Checks every row before anything is written, and lists every problem found (not only the
 * first): cells, files, duplicates, and whether the boards and sections exist.
 */
export async function validatePlan(parsed: ParsedPlan, deps: ValidationDeps): Promise<{ pins: PlannedPin[]; problems: PlanProblem[] }> {
  const problems = [...parsed.problems];
  const pins: PlannedPin[] = [];
  const refs: BoardRef[] = [];
  const byId = new Map<string, number>();
  const byDigest = new Map<string, number>();
  for (const row of parsed.rows) {
    const digest = rowDigest(row.fields);
    const id = rowId(row.fields, digest);
    const sameId = byId.get(id);
    const sameContent = byDigest.get(digest);
    if (sameContent !== undefined) problems.push({ row: row.row, message: `this row repeats row ${sameContent}.` });
    else if (sameId !== undefined) problems.push({ row: row.row, column: 'id', message: `id "${id}" is also the id of row ${sameId}.` });
    byId.set(id, byId.get(id) ?? row.row);
    byDigest.set(digest, byDigest.get(digest) ?? row.row);
    const board = row.fields.board?.trim();
    // Boards are checked for every row that names one, also rows with other problems.
    if (board) refs.push({ row: row.row, board, section: row.fields.section?.trim() || undefined });
    const checked = checkRow(row, deps.baseDir);
    problems.push(...checked.problems);
    if (checked.draft === undefined) continue;
    const media = await checkMedia(checked.draft, deps.files, deps.limits);
    if (Array.isArray(media)) {
      problems.push(...media);
      continue;
    }
    const { section, title, description, link, altText, publishAt } = checked.draft;
    pins.push({
      row: row.row,
      id,
      key: rowKey(id),
      digest,
      board: checked.draft.board,
      media,
      ...(section === undefined ? {} : { section }),
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      ...(link === undefined ? {} : { link }),
      ...(altText === undefined ? {} : { altText }),
      ...(publishAt === undefined ? {} : { publishAt }),
    });
  }
  problems.push(...(await deps.destinations.check(refs)));
  problems.sort((a, b) => a.row - b.row);
  return { pins, problems };
}
