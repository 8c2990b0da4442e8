import { fromPages, type Listing } from '@pinkit/http';
import { boards, type PageOptions } from './boards.js';
import { composite, endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { Pin, PinCreate } from './types.js';

/** `client.pins`: https://developers.pinterest.com/docs/api/v5/pins-get and the calls beside it. */
export const pins = {
  get: endpoint('pins/get', (call, pinId: string): Promise<Pin> => expectObject(call({ params: { pin_id: pinId } }), 'pins/get')),
  create: endpoint('pins/create', (call, input: PinCreate): Promise<Pin> => expectObject(call({ body: input }), 'pins/create')),
  delete: endpoint('pins/delete', async (call, pinId: string): Promise<void> => {
    await call({ params: { pin_id: pinId } });
  }),
  // https://developers.pinterest.com/docs/api/v5/pins-save
  save: endpoint('pins/save', (call, pinId: string, input: { board_id: string; board_section_id?: string }): Promise<Pin> =>
    expectObject(call({ params: { pin_id: pinId }, body: input }), 'pins/save'),
  ),
  /**
   * All of the user's pins. v5 has no such endpoint (v3 had `/v3/users/{id}/pins/`; v5's
   * `pins/list` takes pin ids), so this walks every board and lists its pins, as the quickstart
   * does; each board's pin pages are pages here.
   */
  listAll: composite((context, options: PageOptions = {}): Listing<Pin> =>
    fromPages(async function* () {
      for await (const board of boards.list.run(context, options)) {
        yield* boards.listPins.run(context, board.id as string, options).pages();
      }
    }),
  ),
};
