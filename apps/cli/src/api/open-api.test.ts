import { describe, expect, it } from 'vitest';
import { readPinkitConfig } from '../config/pinkit-config.js';
import { openApi, requireAvailableVersion } from './open-api.js';

const silent = { level: 0 as const, log: () => undefined };

describe('openApi', () => {
  it('opens the v5 API for version 5', async () => {
    const api = await openApi(readPinkitConfig({ PINTEREST_API_URI: 'http://127.0.0.1:9' }), 'pina_x', silent);
    expect(api.version).toBe('5');
  });

  it('refuses version 3 with one line and the exit code for bad input', async () => {
    const refusal = { name: 'InputError', message: 'API v3 is not available in this version of pinkit yet; use -v 5.' };
    await expect(openApi(readPinkitConfig({}, '3'), 'pina_x', silent)).rejects.toMatchObject(refusal);
    expect(() => requireAvailableVersion('3')).toThrow(expect.objectContaining(refusal));
    expect(() => requireAvailableVersion('5')).not.toThrow();
  });
});
