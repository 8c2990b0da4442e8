import type { Reply } from '../core/route.js';

/** A success in v3's envelope; a list page carries its `bookmark` unless it is the last. */
export function v3Success(data: unknown, bookmark?: string | null): Reply {
  return { status: 200, body: { status: 'success', code: 0, data, message: 'ok', ...(bookmark ? { bookmark } : {}) } };
}
