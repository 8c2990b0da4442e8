import type { PinMedia } from './pin-media.js';

/** A row that passed validation: what to publish, where, and when. */
export interface PlannedPin {
  row: number;
  id: string;
  /** The row's journal key. */
  key: string;
  digest: string;
  board: string;
  section?: string;
  title?: string;
  description?: string;
  link?: string;
  altText?: string;
  media: PinMedia;
  publishAt?: number;
}
