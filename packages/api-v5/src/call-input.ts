/** What a generated call needs at run time to send one operation; the table is `V5_CALL_INPUTS`. */
export interface V5CallInput {
  /** Path placeholders, in the path's order. */
  readonly path: readonly string[];
  /** Every query parameter the operation documents. */
  readonly query: readonly string[];
  /** Parameters (path and query) a request must carry. */
  readonly required: readonly string[];
  /** The request body's encoding: JSON, a form (the OAuth token operations), or none. */
  readonly body: 'json' | 'form' | 'none';
  readonly bodyRequired: boolean;
  /** Pages by `bookmark` and answers `{ items, bookmark }`: the call also has `.all()`. */
  readonly paged: boolean;
}
