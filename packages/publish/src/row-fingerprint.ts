import { createHash } from 'node:crypto';
import { planColumns } from './plan-row.js';
import type { PlanRow } from './plan-row.js';

/**
 * A digest of what a row asks for (every column but `id`, trimmed): the journal keeps it with
 * the row's outcome, so that a rerun can tell a row edited under the same id.
 */
export function rowDigest(fields: PlanRow['fields']): string {
  const content = planColumns.filter((column) => column !== 'id').map((column) => [column, fields[column]?.trim() ?? '']);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The row's key: its own `id`, or else a fingerprint of its content (so an edited row is a new row). */
export function rowId(fields: PlanRow['fields'], digest: string): string {
  const own = fields.id?.trim();
  return own !== undefined && own !== '' ? own : `sha256:${digest.slice(0, 16)}`;
}
