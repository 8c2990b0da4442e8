import type { Clock, ErrorClassifier, JournalStore, WritePacer } from '@pinkit/copy-engine';
import type { PublishLimits } from './pin-limits.js';
import type { PublishEventListener } from './publish-event.js';
import type { PlanFiles, PublishAccount } from './publish-ports.js';

export interface PublishOptions {
  /** The plan: a CSV file with a header row, or a JSON Lines file. */
  plan: string;
  /** Default: `jsonl` for .jsonl/.ndjson/.json files, else `csv`. */
  format?: 'csv' | 'jsonl';
  account: PublishAccount;
  /** Reads the plan and its local media. Default: the local file system. */
  files?: PlanFiles;
  /** Folder that relative media paths start from. Default: the plan's folder. */
  baseDir?: string;
  /**
   * Journal path (JSON lines, 0600) or store. Default `<plan>.journal.jsonl` beside the plan. A
   * path is locked while the run writes, so a second run of the same plan is refused with
   * JournalLockedError.
   */
  journal?: string | JournalStore;
  /** Validate and say what would be published; write nothing (the journal is read, not locked). */
  dryRun?: boolean;
  /** Create boards and sections named in the plan that do not exist; without it they are validation errors. */
  createBoards?: boolean;
  /** Publish rows more than `lateMs` past their time anyway. */
  publishLate?: boolean;
  /** How long past its `publish_at` a row is still published. Default 24 hours. */
  lateMs?: number;
  /**
   * After a killed run, how long to wait before looking for the rows it left unanswered, so that
   * its requests still in flight land first. Default 2000 ms.
   */
  resumeSettleMs?: number;
  /** Stops starting new rows; rows in flight settle, and the report says `cancelled`. */
  signal?: AbortSignal;
  onEvent?: PublishEventListener;
  /** Rows published at once, after the first (which goes alone, so a refusal stops before a second write). Default 4. */
  concurrency?: number;
  /** Writes a second, when no `pacer` is given. Default 10: the transport's own pacing is the finer one. */
  writesPerSecond?: number;
  /** Paces writes (a client's `pacer('org_write')` paces them once); default copy-engine's `createWritePacer` at `writesPerSecond`. */
  pacer?: WritePacer;
  /** Attempts per write or read before giving up on transient failures. Default 5. */
  maxAttempts?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Longest Retry-After waited for; a longer one stops the run. Default 15 minutes. */
  maxRetryAfterMs?: number;
  /** Maps a client error to what it means; default copy-engine's `classifyError`, with code 29 fatal. */
  classifyError?: ErrorClassifier;
  clock?: Clock;
  random?: () => number;
  limits?: Partial<PublishLimits>;
}
