import type { PinUpdate } from '@pinkit/api-v5';
import type { PinChanges } from '../account.js';

/** A pin's changes as `PATCH /v5/pins/{pin_id}` takes them: only the fields given, so the others stay. */
export function toPinUpdate(changes: PinChanges): PinUpdate {
  return {
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.description !== undefined ? { description: changes.description } : {}),
    ...(changes.link !== undefined ? { link: changes.link } : {}),
    ...(changes.altText !== undefined ? { alt_text: changes.altText } : {}),
  };
}
