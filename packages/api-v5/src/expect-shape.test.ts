import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from './errors.js';
import { expectListPage, expectObject } from './expect-shape.js';

async function refusal(run: () => unknown): Promise<UnexpectedResponseError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    return error as UnexpectedResponseError;
  }
  throw new Error('expected an UnexpectedResponseError');
}

describe('expectObject', () => {
  it('passes an object through', async () => {
    expect(await expectObject(Promise.resolve({ id: '1' }), 'pins/get')).toEqual({ id: '1' });
  });

  it.each([
    [null, 'body', 'null'],
    [[{ id: '1' }], 'body', 'an array'],
    ['pin', 'body', 'a string'],
    [{ id: 5 }, 'body.id', 'a number'],
  ])('refuses %j, naming the operation and %s', async (body, field, kind) => {
    const error = await refusal(() => expectObject(Promise.resolve(body), 'pins/get'));
    expect(error.operation).toBe('pins/get');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^Pinterest answered pins/get with ${kind} as ${field.replace('.', '\\.')},`));
    expect(error.message).not.toContain('\n');
  });
});

describe('expectListPage', () => {
  it('passes a page of objects through', () => {
    const page = { items: [{ id: 'a' }, { name: 'no id' }], bookmark: null };
    expect(expectListPage(page, 'boards/list')).toBe(page);
  });

  it.each([
    [null, 'body'],
    [[], 'body'],
    [{ items: null }, 'items'],
    [{ items: { 0: {} } }, 'items'],
    [{ items: [{ id: 'a' }, null] }, 'items[1]'],
    [{ items: [[]] }, 'items[0]'],
    [{ items: [{ id: 'a' }, { id: { nested: true } }] }, 'items[1].id'],
  ])('refuses %j, naming %s', async (body, field) => {
    const error = await refusal(() => expectListPage(body, 'boards/list'));
    expect(error.field).toBe(field);
    expect(error.message).toContain('boards/list');
  });
});
