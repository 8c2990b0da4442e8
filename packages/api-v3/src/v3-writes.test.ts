import { describe, expect, it } from 'vitest';
import { createV3Client } from './create-v3-client.js';
import { ApiError, InvalidPathParamError, UnexpectedResponseError } from './index.js';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status?: number; body?: unknown };

/** An injected transport answering every request with `answer`, recording what was sent; a logger at level 3. */
function transport(answer: (sent: Sent) => Answer) {
  const sent: Sent[] = [];
  const logged: string[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const request = {
      method: init.method ?? 'GET',
      path: url.pathname,
      body: init.body ? (JSON.parse(String(init.body)) as unknown) : undefined,
    };
    sent.push(request);
    const { status = 200, body } = answer(request);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const logger = { level: 3 as const, log: (_level: number, line: string) => void logged.push(line) };
  return { sent, logged, client: createV3Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false, logger }) };
}

const ok = (data: unknown): Answer => ({ body: { status: 'success', code: 0, data, message: 'ok' } });

describe('the v3 writes', () => {
  it("creates a board with PUT /v3/boards/ and returns the envelope's data, counted as org_write", async () => {
    const { sent, logged, client } = transport(() => ok({ id: '5', name: 'Tarts', privacy: 'secret' }));
    expect(await client.boards.create({ name: 'Tarts', privacy: 'secret' })).toEqual({ id: '5', name: 'Tarts', privacy: 'secret' });
    expect(sent).toEqual([{ method: 'PUT', path: '/v3/boards/', body: { name: 'Tarts', privacy: 'secret' } }]);
    expect(logged.join('\n')).toMatch(/PUT http:\/\/sim\.test\/v3\/boards\/ category=org_write/);
  });

  it('creates a section under the singular /v3/board/ and a pin with PUT /v3/pins/', async () => {
    const { sent, client } = transport((request) =>
      ok(request.path === '/v3/pins/' ? { id: '9', type: 'pin' } : { id: '7', title: 'Later' }),
    );
    expect(await client.boards.createSection('5', { title: 'Later' })).toEqual({ id: '7', title: 'Later' });
    const carousel = JSON.stringify({ carousel_slots: [{ image_url: 'https://e.com/1.jpg' }, { image_url: 'https://e.com/2.jpg' }] });
    const pin = {
      board_id: '5',
      section: '7',
      image_url: 'https://e.com/1.jpg',
      source_url: 'https://e.com',
      carousel_data_json: carousel,
    };
    expect(await client.pins.create(pin)).toEqual({ id: '9', type: 'pin' });
    expect(sent).toEqual([
      { method: 'PUT', path: '/v3/board/5/sections/', body: { title: 'Later' } },
      { method: 'PUT', path: '/v3/pins/', body: pin },
    ]);
  });

  it('deletes a board, whether the answer is an envelope or a 204', async () => {
    const envelope = transport(() => ok(null));
    await expect(envelope.client.boards.delete('5')).resolves.toBeUndefined();
    expect(envelope.sent[0]).toMatchObject({ method: 'DELETE', path: '/v3/boards/5/' });
    await expect(transport(() => ({ status: 204 })).client.boards.delete('5')).resolves.toBeUndefined();
  });

  it("lists a section's pins under /v3/board/sections/{section}/pins/", async () => {
    const { sent, client } = transport(() => ok([{ id: '9', board_section_id: '7' }]));
    const pins = [];
    for await (const pin of client.boards.listSectionPins('7', { pageSize: 5 })) pins.push(pin);
    expect(pins).toEqual([{ id: '9', board_section_id: '7' }]);
    expect(sent).toEqual([{ method: 'GET', path: '/v3/board/sections/7/pins/', body: undefined }]);
  });

  it('refuses ids that are not one path segment before sending anything', () => {
    const { sent, client } = transport(() => ok(null));
    expect(() => client.boards.delete('../users/me')).toThrow(InvalidPathParamError);
    expect(() => client.boards.createSection('5/..', { title: 'x' })).toThrow(InvalidPathParamError);
    expect(sent).toEqual([]);
  });

  it('throws ApiError with the method for a failure, with or without an error status, and refuses a create without data', async () => {
    const refused = transport(() => ({
      status: 400,
      body: { status: 'failure', code: 1, message: 'you already have a board named "Tarts"' },
    }));
    const error: unknown = await refused.client.boards.create({ name: 'Tarts' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 1, message: expect.stringMatching(/^PUT .*already have a board/) as unknown });
    const quiet = transport(() => ({ body: { status: 'failure', code: 3, message: 'no' } }));
    await expect(quiet.client.pins.create({ board_id: '5', image_url: 'https://e.com/1.jpg' })).rejects.toMatchObject({
      name: 'ApiError',
      code: 3,
      message: expect.stringMatching(/^PUT /) as unknown,
    });
    await expect(transport(() => ok(null)).client.pins.create({ board_id: '5', image_url: 'x' })).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
  });
});
