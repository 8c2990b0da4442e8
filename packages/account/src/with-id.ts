// The copy engine maps every item by its id in the journal; both versions' adapters check it here.

/** The item, known to have an id: one without cannot be mapped in a journal; better to stop on it than to guess. */
export function withId<T extends { id?: string | null | undefined }>(item: T, what: string): T & { id: string } {
  if (typeof item.id !== 'string' || item.id === '') throw new Error(`Pinterest returned a ${what} without an id.`);
  return item as T & { id: string };
}

/** A listing whose items are checked by `withId` as they arrive. */
export async function* withIds<T extends { id?: string | null | undefined }>(
  listing: AsyncIterable<T>,
  what: string,
): AsyncGenerator<T & { id: string }> {
  for await (const item of listing) yield withId(item, what);
}
