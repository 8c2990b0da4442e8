/** A record kept for an operation the simulator answers from the description: the answer's own shape. */
export interface DescribedRecord {
  id: string;
  /** Creation order, for bookmark paging. */
  seq: number;
  body: Record<string, unknown>;
}

/**
 * What writes to the described-only operations left, by collection: the concrete path a list
 * reads and a create writes to (`/ad_accounts/5/audiences`), whose items are read, changed and
 * deleted at `/ad_accounts/5/audiences/{id}`.
 */
export class DescribedRecords {
  private readonly collections = new Map<string, Map<string, DescribedRecord>>();
  /** `collection/id` of every deleted record: a later read of one is a 404, not a fresh sample. */
  private readonly deleted = new Set<string>();

  list(collection: string): DescribedRecord[] {
    return [...(this.collections.get(collection)?.values() ?? [])];
  }

  get(collection: string, id: string): DescribedRecord | undefined {
    return this.collections.get(collection)?.get(id);
  }

  put(collection: string, record: DescribedRecord): void {
    this.deleted.delete(`${collection}/${record.id}`);
    let records = this.collections.get(collection);
    if (!records) this.collections.set(collection, (records = new Map()));
    records.set(record.id, record);
  }

  delete(collection: string, id: string): void {
    this.collections.get(collection)?.delete(id);
    this.deleted.add(`${collection}/${id}`);
  }

  wasDeleted(collection: string, id: string): boolean {
    return this.deleted.has(`${collection}/${id}`);
  }
}
