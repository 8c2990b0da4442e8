import { fromPages, type Listing } from '@pinkit/http';
import { boards, type PageOptions } from './boards.js';
import { listOptions } from './list-options.js';
import { composite, endpoint } from './endpoint.js';
import { expectObject } from './expect-shape.js';
import type { CreativeType, Pin, PinCreate, PinUpdate } from './types.js';

export interface ListPinsOptions extends PageOptions {
  /** Leave out native pins (`exclude_native`) or repins (`exclude_repins`), or keep promoted ones only. */
  pinFilter?: 'exclude_native' | 'exclude_repins' | 'has_been_promoted';
  /** Also list the pins of protected boards (Pinterest's default: false). */
  includeProtectedPins?: boolean;
  /** `PRIVATE`: only the pins of secret boards. */
  pinType?: 'PRIVATE';
  /** Only pins of these creative types. */
  creativeTypes?: readonly CreativeType[];
  /** List the pins of that ad account's owner (Business Access). */
  adAccountId?: string;
}

/** `client.pins`: https://developers.pinterest.com/docs/api/v5/pins-get and the calls beside it. */
export const pins = {
  get: endpoint('pins/get', (call, pinId: string): Promise<Pin> => expectObject(call({ params: { pin_id: pinId } }), 'pins/get')),
  create: endpoint('pins/create', (call, input: PinCreate): Promise<Pin> => expectObject(call({ body: input }), 'pins/create')),
  delete: endpoint('pins/delete', async (call, pinId: string): Promise<void> => {
    await call({ params: { pin_id: pinId } });
  }),
  // https://developers.pinterest.com/docs/api/v5/pins-update
  update: endpoint('pins/update', (call, pinId: string, input: PinUpdate): Promise<Pin> =>
    expectObject(call({ params: { pin_id: pinId }, body: input }), 'pins/update'),
  ),
  // https://developers.pinterest.com/docs/api/v5/pins-save
  save: endpoint('pins/save', (call, pinId: string, input: { board_id: string; board_section_id?: string }): Promise<Pin> =>
    expectObject(call({ params: { pin_id: pinId }, body: input }), 'pins/save'),
  ),
  /** The user's own pins, whichever board they are on, newest first: https://developers.pinterest.com/docs/api/v5/pins-list */
  list: endpoint('pins/list', (call, given?: ListPinsOptions): Listing<Pin> => {
    const options = listOptions('pins.list', given);
    return call.list({
      query: {
        page_size: options.pageSize,
        pin_filter: options.pinFilter,
        include_protected_pins: options.includeProtectedPins,
        pin_type: options.pinType,
        ...(options.creativeTypes && options.creativeTypes.length > 0 ? { creative_types: [...options.creativeTypes] } : {}),
        ad_account_id: options.adAccountId,
      },
    });
  }),
  /**
   * All of the user's pins, board by board, as the quickstart walks them (`GET /v5/boards`, then
   * each board's pins); each board's pin pages are pages here. `list` is one listing instead.
   */
  listAll: composite((context, given?: PageOptions): Listing<Pin> => {
    const options = listOptions('pins.listAll', given);
    return fromPages(async function* () {
      for await (const board of boards.list.run(context, options)) {
        yield* boards.listPins.run(context, board.id as string, options).pages();
      }
    });
  }),
};
