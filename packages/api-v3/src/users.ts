import { v3Options } from './v3-options.js';
import { PagingError, pathSegment, type Listing } from '@pinkit/http';
import { getList, getObject, type V3Context } from './v3-call.js';
import type { V3Board, V3Business, V3Pin, V3User } from './v3-types.js';

export interface V3PageOptions {
  /** Items per page; absent, Pinterest's default. */
  pageSize?: number;
}

export interface ListUserBoardsOptions extends V3PageOptions {
  /** Boards without pins too (`include_empty`); absent, Pinterest's default. */
  includeEmpty?: boolean;
  /** Archived boards too (`include_archived`); absent, Pinterest's default. */
  includeArchived?: boolean;
}

/**
 * Linked business accounts a user may have, and more: the list is answered whole, so a server
 * handing out page after page must not grow it without end.
 */
export const MAX_LINKED_BUSINESSES = 1000;

/** Reads a short listing whole, stopping with PagingError once it passes `max` items. */
async function collectAtMost<T>(call: string, listing: Listing<T>, max: number): Promise<T[]> {
  const items: T[] = [];
  for await (const page of listing.pages()) {
    items.push(...page.items);
    if (items.length > max)
      throw new PagingError(
        `${call}: the server sent more than ${max} items for a list that is read whole; stopping rather than hold them all.`,
        page.bookmark ?? '',
      );
  }
  return items;
}

/** `client.users`: `/v3/users/{user}/...`; `user` is an id, a username or `me` (the default: the token's owner). */
export function users(context: V3Context) {
  const user = (call: string, value: string) => pathSegment(call, 'user', value);
  return {
    get: (userId = 'me'): Promise<V3User> => getObject(context, 'users.get', `/v3/users/${user('users.get', userId)}/`),
    /** `GET /v3/users/{user}/boards/feed/`, with the two filters v5 lost. */
    listBoards: (userId = 'me', given?: ListUserBoardsOptions): Listing<V3Board> => {
      const options = v3Options('users.listBoards', given);
      return getList(context, 'users.listBoards', `/v3/users/${user('users.listBoards', userId)}/boards/feed/`, {
        page_size: options.pageSize,
        include_empty: options.includeEmpty,
        include_archived: options.includeArchived,
      });
    },
    /** `GET /v3/users/{user}/pins/`: every pin of the user in one listing. */
    listPins: (userId = 'me', given?: V3PageOptions): Listing<V3Pin> => {
      const options = v3Options('users.listPins', given);
      return getList(context, 'users.listPins', `/v3/users/${user('users.listPins', userId)}/pins/`, { page_size: options.pageSize });
    },
    /**
     * `GET /v3/users/{user}/businesses/`: the business accounts linked to the user's, all of them
     * (the quickstart read one answer; a bookmark, were one sent, is followed), at most
     * MAX_LINKED_BUSINESSES of them or PagingError. Needs
     * `read_advertisers`, without which v3 answered 400.
     */
    listBusinesses: (userId = 'me'): Promise<V3Business[]> =>
      collectAtMost(
        'users.listBusinesses',
        getList<V3Business>(context, 'users.listBusinesses', `/v3/users/${user('users.listBusinesses', userId)}/businesses/`),
        MAX_LINKED_BUSINESSES,
      ),
  };
}
