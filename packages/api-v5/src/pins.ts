import { fromPages, type HttpClient, type Listing } from '@pinkit/http';
import { listBoardPins, listBoards, type PageOptions } from './boards.js';
import type { Pin, PinCreate } from './types.js';

const enc = encodeURIComponent;

export function getPin(http: HttpClient, pinId: string): Promise<Pin> {
  return http.get(`/pins/${enc(pinId)}`);
}

/**
 * All of the user's pins. v5 has no such endpoint (v3 had `/v3/users/{id}/pins/`), so this walks
 * every board and lists its pins, as the quickstart does; each board's pin pages are pages here.
 */
export function listUserPins(http: HttpClient, options: PageOptions = {}): Listing<Pin> {
  return fromPages(async function* () {
    for await (const board of listBoards(http, options)) {
      yield* listBoardPins(http, board.id as string, options).pages();
    }
  });
}

export async function createPin(http: HttpClient, input: PinCreate): Promise<Pin> {
  return (await http.request<Pin>('POST', '/pins', { json: input })).data;
}

export async function deletePin(http: HttpClient, pinId: string): Promise<void> {
  await http.request('DELETE', `/pins/${enc(pinId)}`);
}

// https://developers.pinterest.com/docs/api/v5/pins-save
export async function savePin(http: HttpClient, pinId: string, input: { board_id: string; board_section_id?: string }): Promise<Pin> {
  return (await http.request<Pin>('POST', `/pins/${enc(pinId)}/save`, { json: input })).data;
}
