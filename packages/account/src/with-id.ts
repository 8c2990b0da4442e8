import { answerId } from '@pinkit/http';

// Both versions' adapters check the ids of listed and created items here, with @pinkit/http's
// answerId, where publishing checks them too.
export { AnswerIdError, answerId } from '@pinkit/http';

/** The item, known to have an id: one without cannot be mapped in a journal; better to stop on it than to guess. */
export function withId<T extends { id?: string | null | undefined }>(item: T, what: string): T & { id: string } {
  answerId(item.id, what);
  return item as T & { id: string };
}

/** A listing whose items are checked by `withId` as they arrive. */
export async function* withIds<T extends { id?: string | null | undefined }>(
  listing: AsyncIterable<T>,
  what: string,
): AsyncGenerator<T & { id: string }> {
  for await (const item of listing) yield withId(item, what);
}
