import { describe, expect, it } from 'vitest';
import { InvalidPathParamError } from './errors.js';
import { fillPath } from './fill-path.js';

const SECTION = '/boards/{board_id}/sections/{section_id}';

function refusal(params: Record<string, unknown>): InvalidPathParamError {
  try {
    fillPath('board_sections/delete', SECTION, params);
  } catch (error) {
    if (error instanceof InvalidPathParamError) return error;
    throw error;
  }
  throw new Error('fillPath accepted it');
}

describe('fillPath', () => {
  it('puts each param in its placeholder, URL-encoded', () => {
    expect(fillPath('board_sections/delete', SECTION, { board_id: '12', section_id: 'a b?c=d#e%' })).toBe(
      '/boards/12/sections/a%20b%3Fc%3Dd%23e%25',
    );
    expect(fillPath('boards/list', '/boards', undefined)).toBe('/boards');
  });

  it('names the operation and the param that is missing, empty or not a string', () => {
    expect(refusal({ board_id: '12' })).toMatchObject({ operation: 'board_sections/delete', param: 'section_id', value: undefined });
    expect(refusal({ board_id: '12' }).message).toBe('board_sections/delete: section_id is missing.');
    expect(refusal({ board_id: '', section_id: '3' }).message).toBe('board_sections/delete: board_id is empty.');
    expect(refusal({ board_id: 12, section_id: '3' }).message).toBe('board_sections/delete: board_id must be a string, not number.');
  });

  it('refuses values that would make the URL name another resource', () => {
    for (const value of ['..', '.', '../pins', '1/2', '1\\2']) expect(refusal({ board_id: value, section_id: '3' }).param).toBe('board_id');
  });

  it('refuses control characters and runaway lengths, and takes 256 characters', () => {
    expect(refusal({ board_id: '1\n2', section_id: '3' }).message).toMatch(/control characters/);
    expect(refusal({ board_id: '1'.repeat(257), section_id: '3' }).message).toMatch(/longer than 256/);
    expect(fillPath('boards/get', '/boards/{board_id}', { board_id: '1'.repeat(256) })).toHaveLength(8 + 256);
  });
});
