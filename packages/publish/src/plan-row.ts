/** The columns a plan may have; any other column is reported (most likely a misspelt one). */
export const planColumns = ['board', 'section', 'title', 'description', 'link', 'alt_text', 'media', 'cover', 'publish_at', 'id'] as const;

export type PlanColumn = (typeof planColumns)[number];

/** One row of a plan as read, before any check: its cells by column, and where it stands. */
export interface PlanRow {
  /** As a spreadsheet numbers it (the header is row 1) for CSV; the line number for JSON Lines. */
  row: number;
  fields: Partial<Record<PlanColumn, string>>;
}

/** One thing wrong with a plan; `row` 0 when it is about the whole file. */
export interface PlanProblem {
  row: number;
  column?: PlanColumn;
  message: string;
}

export function isPlanColumn(name: string): name is PlanColumn {
  return (planColumns as readonly string[]).includes(name);
}
