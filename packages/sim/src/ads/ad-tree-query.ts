import type { EntityStatus } from '@pinkit/api-v5';
import { readList } from '../core/list-param.js';
import { failures } from '../core/pinterest-failure.js';

// The filters of the ads list operations (campaigns, ad groups, ads).

const ENTITY_STATUSES: readonly EntityStatus[] = ['ACTIVE', 'PAUSED', 'ARCHIVED', 'DRAFT', 'DELETED_DRAFT'];
const MAX_IDS = 250;

/** `campaign_ids`, `ad_group_ids`, `ad_ids`: up to 250 numeric ids, or undefined for no filter. */
export function readIdFilter(query: URLSearchParams, name: string): ReadonlySet<string> | undefined {
  const ids = readList(query, name);
  if (ids.length === 0) return undefined;
  if (ids.length > MAX_IDS) throw failures.invalidParameters(`Parameter '${name}' takes at most ${MAX_IDS} ids (was ${ids.length})`);
  const bad = ids.find((id) => !/^\d{1,18}$/.test(id));
  if (bad !== undefined) throw failures.invalidParameters(`'${name}' value '${bad}' must match the pattern: ^\\d+$`);
  return new Set(ids);
}

/** `entity_statuses`; the description's default is ACTIVE and PAUSED (archived entities are left out). */
export function readStatusFilter(query: URLSearchParams): ReadonlySet<string> {
  const statuses = readList(query, 'entity_statuses');
  const bad = statuses.find((status) => !(ENTITY_STATUSES as readonly string[]).includes(status));
  if (bad !== undefined) {
    throw failures.invalidParameters(`'entity_statuses' value '${bad}' is not one of ${ENTITY_STATUSES.join(', ')}`);
  }
  return new Set(statuses.length === 0 ? ['ACTIVE', 'PAUSED'] : statuses);
}

/** `order`: ASCENDING (oldest first, the simulator's default) or DESCENDING by id. */
export function readNewestFirst(query: URLSearchParams): boolean {
  const order = query.get('order');
  if (order === null || order === 'ASCENDING') return false;
  if (order === 'DESCENDING') return true;
  throw failures.invalidParameters(`'order' value '${order}' is not one of ASCENDING, DESCENDING`);
}
