import type { PageOptions } from './boards.js';
import type { EntityStatus } from './types.js';

/** The filters the lists below an ad account share (campaigns, ad groups, ads). */
export interface AdTreeListOptions extends PageOptions {
  /** Pinterest's default: ACTIVE and PAUSED (archived entities are left out). */
  entityStatuses?: readonly EntityStatus[];
  /** By id: ASCENDING or DESCENDING (newer ids are larger). */
  order?: 'ASCENDING' | 'DESCENDING';
}

/** The query of those lists' shared filters. */
export function adTreeQuery(options: AdTreeListOptions) {
  return {
    page_size: options.pageSize,
    order: options.order,
    ...(options.entityStatuses ? { entity_statuses: [...options.entityStatuses] } : {}),
  };
}

/** An id filter as the query sends it: absent when no id is given. */
export function idFilter(ids: readonly string[] | undefined): string[] | undefined {
  return ids && ids.length > 0 ? [...ids] : undefined;
}
