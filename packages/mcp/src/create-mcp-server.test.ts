import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createPinkitMcpServer, type PinkitMcpServerOptions } from './create-mcp-server.js';
import { McpOptionsError } from './mcp-options-error.js';
import { fakeMcpAccount, type FakeAccount } from './test-support/fake-mcp-account.js';

const READS = [
  'whoami',
  'list_boards',
  'get_board',
  'list_board_pins',
  'list_user_pins',
  'get_pin',
  'get_user_analytics',
  'get_pin_analytics',
  'get_ads_tree',
  'get_related_terms',
  'get_suggested_terms',
];
const WRITES = ['create_board', 'create_pin', 'save_pin', 'update_pin', 'copy_board'];

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

async function connect(options: Partial<PinkitMcpServerOptions> = {}, account: FakeAccount = fakeMcpAccount()) {
  const server = createPinkitMcpServer({ openAccount: async () => account, journalPath: () => '/nonexistent/journal.jsonl', ...options });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  clients.push(client);
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const result = await client.callTool({ name, arguments: args });
    const text = (result.content as Array<{ text: string }>)[0]?.text ?? '';
    return { isError: result.isError === true, text, json: () => JSON.parse(text) as Record<string, unknown> };
  };
  return { client, account, call };
}

describe('createPinkitMcpServer', () => {
  it('offers only reading tools by default, each described and annotated read-only', async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...READS].sort());
    for (const tool of tools) {
      expect(tool.description?.length).toBeGreaterThan(10);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    }
  });

  it('adds the write tools with allowWrites, and deletion only with allowDestructive', async () => {
    const writes = await connect({ allowWrites: true });
    const names = (await writes.client.listTools()).tools.map((tool) => tool.name);
    expect(names.sort()).toEqual([...READS, ...WRITES].sort());
    const destructive = await connect({ allowDestructive: true });
    const tools = (await destructive.client.listTools()).tools;
    expect(tools.map((tool) => tool.name).sort()).toEqual([...READS, ...WRITES, 'delete_board'].sort());
    expect(tools.find((tool) => tool.name === 'delete_board')?.annotations).toMatchObject({ destructiveHint: true, readOnlyHint: false });
  });

  it('refuses a write tool the server was not allowed, without touching the account', async () => {
    const { call, account } = await connect();
    const result = await call('create_board', { name: 'x' });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/create_board/);
    expect(account.calls).toEqual([]);
  });

  it.each([
    ['get_pin', { pin_id: '../../etc' }, /Pinterest id/],
    ['get_pin', {}, /pin_id/],
    ['list_boards', { page_size: 1000 }, /page_size|100/],
    ['get_user_analytics', { start_date: '2026-02-30', end_date: '2026-03-01' }, /calendar/],
    ['get_user_analytics', { start_date: '2026-03-02', end_date: '2026-03-01' }, /before/],
    ['get_user_analytics', { start_date: '2026-01-01', end_date: '2026-12-01' }, /at most 90/],
    ['get_related_terms', { terms: [] }, /terms/],
    ['get_suggested_terms', { term: 'a\u0007b' }, /control/],
  ])('answers %s with bad arguments %j as a tool error, sending nothing', async (name, args, message) => {
    const { call, account } = await connect();
    const result = await call(name, args);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(message);
    expect(account.calls).toEqual([]);
  });

  it.each([
    ['create_pin', { board_id: '1', image_url: 'file:///etc/passwd' }, /http/],
    ['create_pin', { board_id: '1', image_url: 'https://example.com/a.jpg', title: 'x'.repeat(101) }, /100/],
    ['update_pin', { pin_id: '1' }, /at least one/],
    ['create_board', { name: '   ' }, /empty/],
  ])('checks write arguments too: %s %j', async (name, args, message) => {
    const { call, account } = await connect({ allowWrites: true });
    const result = await call(name, args);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(message);
    expect(account.calls.filter((method) => method !== 'getUserAccount')).toEqual([]);
  });

  it('pages with cursor and next_cursor', async () => {
    const { call } = await connect();
    const first = (await call('list_boards', { page_size: 20 })).json();
    expect((first.items as unknown[]).length).toBe(20);
    expect(first.next_cursor).toBe('20');
    const second = (await call('list_boards', { page_size: 20, cursor: first.next_cursor })).json();
    expect((second.items as Array<{ id: string }>).map((board) => board.id)[0]).toBe('1020');
    expect(second.next_cursor).toBeUndefined();
  });

  it('turns a failure into one line through describeError and keeps answering', async () => {
    const account = fakeMcpAccount();
    const { call } = await connect({ describeError: (error) => `described: ${(error as Error).message}` }, account);
    account.failNext('getPin', new Error('Pinterest said no\nat a stack line'));
    const failed = await call('get_pin', { pin_id: '5' });
    expect(failed).toMatchObject({ isError: true, text: 'described: Pinterest said no\nat a stack line' });
    const next = await call('get_pin', { pin_id: '5' });
    expect(next.isError).toBe(false);
    expect(next.json()).toMatchObject({ id: '5' });
  });

  it('opens the account on the first call, and again after opening failed', async () => {
    let attempts = 0;
    const account = fakeMcpAccount();
    const { call, client } = await connect({
      openAccount: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('No access token found');
        return account;
      },
    });
    await client.listTools();
    expect(attempts).toBe(0);
    expect(await call('whoami')).toMatchObject({ isError: true, text: 'No access token found' });
    expect((await call('whoami')).json()).toMatchObject({ username: 'fake' });
    expect(attempts).toBe(2);
  });

  it('reads a board with its sections, and the ads tree', async () => {
    const { call } = await connect();
    expect((await call('get_board', { board_id: '1000' })).json()).toMatchObject({ board: { id: '1000' }, sections: [{ id: '77' }] });
    const tree = (await call('get_ads_tree')).json();
    expect(tree).toMatchObject({ ad_accounts: [{ id: '9', campaigns: [{ id: '91', ad_groups: [{ id: '92', ads: [{ id: '93' }] }] }] }] });
  });

  it('refuses options it cannot use, naming the option', () => {
    expect(() => createPinkitMcpServer({} as PinkitMcpServerOptions)).toThrow(
      expect.objectContaining({ name: 'ArgumentError', argument: 'options.openAccount' }),
    );
    expect(() => createPinkitMcpServer({ openAccount: async () => fakeMcpAccount(), allowWrites: true })).toThrow(McpOptionsError);
  });
});
