import { parseMediaRef } from './media-ref.js';
import type { MediaRef } from './media-ref.js';
import { parsePublishAt } from './parse-publish-at.js';
import { pinTextLimits } from './pin-limits.js';
import type { PlanColumn, PlanProblem, PlanRow } from './plan-row.js';

/** A row whose cells passed the checks that need nothing but the row itself. */
export interface RowDraft {
  row: number;
  board: string;
  section?: string;
  title?: string;
  description?: string;
  link?: string;
  altText?: string;
  media: MediaRef[];
  cover?: MediaRef;
  publishAt?: number;
}

// Characters, not UTF-16 units: an emoji counts once, as Pinterest counts it.
const length = (text: string) => [...text].length;

/** Checks one row's cells: required ones, Pinterest's lengths, URLs and the date. */
export function checkRow(row: PlanRow, baseDir: string): { draft?: RowDraft; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const problem = (column: PlanColumn, message: string) => problems.push({ row: row.row, column, message });
  const text = (column: PlanColumn) => {
    const value = row.fields[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const board = text('board');
  if (board === undefined) problem('board', 'board is required (a board id or name).');
  const mediaCell = text('media');
  if (mediaCell === undefined) problem('media', 'media is required (an image URL, a local image or video, or images separated by "|").');
  for (const column of ['title', 'description', 'link', 'alt_text'] as const) {
    const value = text(column);
    const limit = pinTextLimits[column];
    if (value !== undefined && length(value) > limit)
      problem(column, `${column} has ${length(value)} characters; Pinterest allows ${limit}.`);
  }
  const link = text('link');
  if (link !== undefined && !/^https?:\/\//i.test(link)) problem('link', `link "${link}" must be an http(s) URL.`);
  else if (link !== undefined && !URL.canParse(link)) problem('link', `link "${link}" is not a valid URL.`);
  const media: MediaRef[] = [];
  for (const part of mediaCell?.split('|') ?? []) {
    const ref = parseMediaRef(part, baseDir);
    if (typeof ref === 'string') problem('media', `media ${ref}.`);
    else media.push(ref);
  }
  const coverCell = text('cover');
  const cover = coverCell === undefined ? undefined : parseMediaRef(coverCell, baseDir);
  if (typeof cover === 'string') problem('cover', `cover ${cover}.`);
  const publishAtCell = text('publish_at');
  const publishAt = publishAtCell === undefined ? undefined : parsePublishAt(publishAtCell);
  if (typeof publishAt === 'string') problem('publish_at', publishAt);
  if (problems.length > 0 || board === undefined || typeof cover === 'string' || typeof publishAt === 'string') return { problems };
  const section = text('section');
  const title = text('title');
  const description = text('description');
  const altText = text('alt_text');
  const draft: RowDraft = {
    row: row.row,
    board,
    media,
    ...(section === undefined ? {} : { section }),
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(link === undefined ? {} : { link }),
    ...(altText === undefined ? {} : { altText }),
    ...(cover === undefined ? {} : { cover }),
    ...(publishAt === undefined ? {} : { publishAt }),
  };
  return { draft, problems };
}
