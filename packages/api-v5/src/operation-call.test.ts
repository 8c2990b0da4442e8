import { describe, expect, it } from 'vitest';
import { flatQuery } from './operation-call.js';

describe('flatQuery', () => {
  it('joins arrays with commas, drops empty ones and sends objects as JSON text', () => {
    expect(flatQuery({ terms: ['a', 'b'], none: [], limit: 3, parameters: { ad_account_id: '1', level: 'ITEM' } })).toEqual({
      terms: 'a,b',
      limit: 3,
      parameters: '{"ad_account_id":"1","level":"ITEM"}',
    });
  });
});
