import { pathSegment } from '@pinkit/http';
import { getObject, type V3Context } from './v3-call.js';
import type { V3Pin } from './v3-types.js';

/** `client.pins`: one pin by id. */
export function pins(context: V3Context) {
  return {
    get: (pinId: string): Promise<V3Pin> => getObject(context, 'pins.get', `/v3/pins/${pathSegment('pins.get', 'pinId', pinId)}/`),
  };
}
