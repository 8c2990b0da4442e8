import { V5_OPERATION_IDS, V5_OPERATIONS } from '@pinkit/api-v5/operations';
import { describe, expect, it } from 'vitest';
import { closestOperations, operationById, operationByRoute } from './resolve-operation.js';

describe("pinkit api's operation table", () => {
  // The spec-drift guard: a new description is one `pnpm gen`, and this lists what `pinkit api` misses.
  it('resolves every operation of the description by its id and by its route', () => {
    const unresolved = V5_OPERATION_IDS.filter((id) => {
      const { method, path } = V5_OPERATIONS[id];
      try {
        return operationById(id).id !== id || operationByRoute(method, `/v5${path}`).id !== id;
      } catch {
        return true;
      }
    });
    expect(unresolved).toEqual([]);
  });

  it('reads ids from a filled-in path, preferring literal segments over placeholders', () => {
    expect(operationByRoute('get', '/v5/boards/123')).toMatchObject({ id: 'boards/get', params: { board_id: '123' } });
    expect(operationByRoute('GET', '/v5/boards/123/sections/')).toMatchObject({ id: 'board_sections/list', params: { board_id: '123' } });
    expect(operationByRoute('GET', '/v5/pins/analytics')).toMatchObject({ id: 'multi_pins/analytics', params: {} });
  });

  it('names the closest ids for a mistyped one', () => {
    expect(closestOperations('boards/gte')[0]).toBe('boards/get');
    expect(() => operationById('boards/gte')).toThrow(/^Unknown operation "boards\/gte"; closest: boards\/get, /);
    expect(() => operationById('__proto__')).toThrow(/Unknown operation/);
  });
});
