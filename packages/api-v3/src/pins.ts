import { pathSegment } from '@pinkit/http';
import { getObject, writeObject, type V3Context } from './v3-call.js';
import type { V3Pin, V3PinCreate } from './v3-types.js';

/** `client.pins`: one pin by id; creating a pin. */
export function pins(context: V3Context) {
  return {
    get: (pinId: string): Promise<V3Pin> => getObject(context, 'pins.get', `/v3/pins/${pathSegment('pins.get', 'pinId', pinId)}/`),
    /**
     * `PUT /v3/pins/`: a new pin on `board_id` (and `section`). A carousel's slides go in
     * `carousel_data_json`, a JSON string; `image_url` is then its first slide.
     */
    create: (input: V3PinCreate): Promise<V3Pin> =>
      // v5's pins/create is counted as org_write.
      writeObject(context, 'pins.create', '/v3/pins/', { method: 'PUT', json: input, rateLimitCategory: 'org_write' }),
  };
}
