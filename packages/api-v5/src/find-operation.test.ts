import { describe, expect, it } from 'vitest';
import { UnknownOperationError } from './errors.js';
import { findOperation } from './find-operation.js';
import { V5_OPERATIONS } from './operations.js';

describe('findOperation', () => {
  it('finds an operation by its operationId or by its route', () => {
    expect(findOperation('boards/get')).toEqual({ id: 'boards/get', ...V5_OPERATIONS['boards/get'] });
    expect(findOperation('GET /v5/boards/{board_id}').id).toBe('boards/get');
    expect(findOperation('PATCH /v5/boards/{board_id}')).toMatchObject({ id: 'boards/update', rateLimitCategory: 'org_write' });
  });

  it('reaches every operation of the table by its route: no two share one', () => {
    for (const [id, operation] of Object.entries(V5_OPERATIONS))
      expect(findOperation(`${operation.method} /v5${operation.path}`).id).toBe(id);
  });

  it('throws UnknownOperationError for a route without /v5, a filled-in path or an unknown id', () => {
    for (const key of ['GET /boards/{board_id}', 'GET /v5/boards/123', 'boards/gett']) {
      expect(() => findOperation(key)).toThrow(UnknownOperationError);
    }
  });
});
