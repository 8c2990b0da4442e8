// `pinkit mcp` as an assistant meets it: the MCP SDK's own client starts the built CLI over stdio,
// against the simulator on loopback.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitsOf } from '../sim/rate-limits-of.js';
import { PINKIT_BIN, TEST_HOME } from '../test-support/run-pinkit.js';

const READS = [
  'get_ads_tree',
  'get_board',
  'get_pin',
  'get_pin_analytics',
  'get_related_terms',
  'get_suggested_terms',
  'get_user_analytics',
  'list_board_pins',
  'list_boards',
  'list_user_pins',
  'whoami',
];
const WRITES = ['copy_board', 'create_board', 'create_pin', 'save_pin', 'update_pin'];

let sim: Simulator;
let boardId: string;
let pinId: string;
const clients: Client[] = [];
const today = new Date().toISOString().slice(0, 10);
const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  sim = await startSimulator({ boards: 3, pinsPerBoard: 4, rateLimits: rateLimitsOf(['org_read=10/s']) });
  const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
  for await (const board of client.boards.list()) {
    boardId = board.id;
    break;
  }
  for await (const pin of client.boards.listPins(boardId)) {
    pinId = pin.id;
    break;
  }
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
afterAll(() => sim.stop());

async function serve(flags: string[] = [], env: Record<string, string> = {}) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [PINKIT_BIN, 'mcp', ...flags],
    env: { PATH: process.env.PATH ?? '', HOME: TEST_HOME, ...sim.env(), ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'pinkit-test', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const result = await client.callTool({ name, arguments: args });
    const text = (result.content as Array<{ text: string }>).map((part) => part.text).join('\n');
    return { isError: result.isError === true, text, json: () => JSON.parse(text) as Record<string, unknown> };
  };
  return { client, call };
}

describe('pinkit mcp', () => {
  it('offers the reading tools by default, the writes with --allow-writes, deletion with --allow-destructive', async () => {
    const names = async (flags: string[]) => (await (await serve(flags)).client.listTools()).tools.map((tool) => tool.name).sort();
    expect(await names([])).toEqual(READS);
    expect(await names(['--allow-writes'])).toEqual([...READS, ...WRITES].sort());
    expect(await names(['--allow-destructive'])).toEqual([...READS, ...WRITES, 'delete_board'].sort());
  });

  it('answers every reading tool from the account, with no token in any result', async () => {
    const { call } = await serve();
    const token = sim.env().ACCESS_TOKEN!;
    const results = [
      await call('whoami'),
      await call('list_boards', { page_size: 2 }),
      await call('get_board', { board_id: boardId }),
      await call('list_board_pins', { board_id: boardId, page_size: 2 }),
      await call('list_user_pins', { page_size: 5 }),
      await call('get_pin', { pin_id: pinId }),
      await call('get_user_analytics', { start_date: weekAgo, end_date: today }),
      await call('get_pin_analytics', { pin_id: pinId, start_date: weekAgo, end_date: today }),
      await call('get_ads_tree'),
      await call('get_related_terms', { terms: ['bread'] }),
      await call('get_suggested_terms', { term: 'bread', limit: 3 }),
    ];
    for (const result of results) expect(result.isError, result.text).toBe(false);
    for (const result of results) expect(result.text).not.toContain(token);
    expect(results[2]!.json()).toMatchObject({ board: { id: boardId } });
    expect(results[5]!.json()).toMatchObject({ id: pinId });
  });

  it('pages a listing with cursor and next_cursor, without repeating an item', async () => {
    const { call } = await serve();
    const first = (await call('list_user_pins', { page_size: 5 })).json();
    expect(typeof first.next_cursor).toBe('string');
    const second = (await call('list_user_pins', { page_size: 5, cursor: first.next_cursor })).json();
    const ids = (page: Record<string, unknown>) => (page.items as Array<{ id: string }>).map((pin) => pin.id);
    expect(ids(first)).toHaveLength(5);
    expect(ids(second).length).toBeGreaterThan(0);
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
  });

  it('refuses bad arguments as tool errors before any request, and keeps answering', async () => {
    const { call } = await serve();
    await call('whoami');
    const before = sim.stats.requests;
    for (const [name, args] of [
      ['get_pin', { pin_id: '../../v5/boards' }],
      ['get_user_analytics', { start_date: today, end_date: weekAgo }],
      ['list_boards', { page_size: 0 }],
      ['create_board', { name: 'not offered' }],
    ] as const) {
      const result = await call(name, args);
      expect(result.isError, `${name} ${result.text}`).toBe(true);
      expect(result.text.split('\n')).toHaveLength(1);
    }
    expect(sim.stats.requests).toBe(before);
    expect((await call('get_pin', { pin_id: pinId })).isError).toBe(false);
  });

  it('answers a 4xx from Pinterest as one line and keeps serving', async () => {
    const { call } = await serve();
    const missing = await call('get_pin', { pin_id: '999999999999' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toMatch(/^[^\n]*(not found|Pin not found|404)[^\n]*$/i);
    expect((await call('whoami')).isError).toBe(false);
  });

  it('says in one line that Pinterest refused the token, and never shows it', async () => {
    const bogus = 'pina_thisTokenIsNotKnownToTheSimulator0000000000';
    const { call } = await serve([], { ACCESS_TOKEN: bogus });
    const result = await call('whoami');
    expect(result.isError).toBe(true);
    expect(result.text.split('\n')).toHaveLength(1);
    expect(result.text).toMatch(/token|401|authenticat/i);
    expect(result.text).not.toContain(bogus);
    expect((await call('get_pin', { pin_id: '../x' })).isError).toBe(true);
  });

  it('writes with --allow-writes: creates a board and a pin, saves, edits and copies a board exactly once', async () => {
    const { call } = await serve(['--allow-writes']);
    const board = (await call('create_board', { name: 'From an assistant', privacy: 'PUBLIC' })).json();
    expect(board).toMatchObject({ name: 'From an assistant' });
    const pin = await call('create_pin', { board_id: board.id, image_url: 'https://example.com/bread.jpg', title: 'Bread' });
    expect(pin.isError, pin.text).toBe(false);
    expect((await call('save_pin', { pin_id: pinId, board_id: board.id })).isError).toBe(false);
    const edited = (await call('update_pin', { pin_id: pin.json().id, title: 'Country loaf' })).json();
    expect(edited).toMatchObject({ title: 'Country loaf' });
    const copy = (await call('copy_board', { board_id: boardId, name: 'Copied by an assistant' })).json();
    expect(copy).toMatchObject({ copied: { boards: 1, pins: 4 } });
    const again = (await call('copy_board', { board_id: boardId, name: 'Copied by an assistant' })).json();
    expect(again).toMatchObject({ copied: { boards: 0, pins: 0 }, already_copied: { pins: 4 } });
    expect((await call('delete_board', { board_id: board.id as string })).isError).toBe(true);
  });

  it('refuses copy_board in one line while another copy writes into the account', async () => {
    const client = createV5Client({ apiUri: sim.url, token: sim.env().ACCESS_TOKEN! });
    const userId = String((await client.userAccount.get()).id);
    // What a running `pinkit copy-board` into this account holds: this test's own (live) pid.
    const host = new URL(sim.url).host.replace(/[^A-Za-z0-9.-]+/g, '_');
    const folder = join(TEST_HOME, '.local', 'state', 'pinkit', 'copy-journals', host);
    mkdirSync(folder, { recursive: true });
    const lock = join(folder, `to-${userId}.lock`);
    writeFileSync(lock, `${JSON.stringify({ pid: process.pid, host: hostname(), start: null })}\n`);
    try {
      const { call } = await serve(['--allow-writes']);
      const refused = await call('copy_board', { board_id: boardId, name: 'Copied while another copy runs' });
      expect(refused.isError).toBe(true);
      expect(refused.text).toBe(
        `Another pinkit copy (pid ${process.pid}) is writing into the same target account; wait for it to finish, then run this one again (it adopts what that one copied).`,
      );
    } finally {
      rmSync(lock);
    }
  });

  it('deletes a board only with --allow-destructive', async () => {
    const { call } = await serve(['--allow-destructive']);
    const board = (await call('create_board', { name: 'To delete' })).json();
    expect((await call('delete_board', { board_id: board.id })).isError).toBe(false);
    expect((await call('get_board', { board_id: board.id })).isError).toBe(true);
  });

  it('paces 50 concurrent tool calls under the read limit, with no 429 from Pinterest', async () => {
    const { call } = await serve();
    // The first answer tells the client the quota (X-RateLimit-*: 10 reads a second here, far
    // under the documented 1000 a minute); the burst after it must keep to it.
    expect((await call('whoami')).isError).toBe(false);
    const limited = sim.stats.rateLimited;
    const results = await Promise.all(Array.from({ length: 50 }, () => call('get_pin', { pin_id: pinId })));
    expect(results.filter((result) => result.isError).map((result) => result.text)).toEqual([]);
    expect(sim.stats.rateLimited).toBe(limited);
  });
});
