import { describe, expect, it } from 'vitest';
import { readPinkitConfig } from '../config/pinkit-config.js';
import { openApi, openReading, requireAvailableVersion } from './open-api.js';

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

  it('opens the reads of v3 with the v3 summaries, and those of v5 with the v5 ones', async () => {
    const v3 = await openReading(readPinkitConfig({ PINTEREST_API_URI: 'http://127.0.0.1:9' }, '3'), 'pina_x', silent);
    expect(v3.use((api, summaries) => [api.version, summaries.sectionLine({ id: '1', title: 'Soups' } as never)])).toEqual([
      '3',
      '  section 1: Soups',
    ]);
    const v5 = await openReading(readPinkitConfig({ PINTEREST_API_URI: 'http://127.0.0.1:9' }), 'pina_x', silent);
    expect(v5.use((api, summaries) => [api.version, summaries.sectionLine({ id: '1', name: 'Soups' } as never)])).toEqual([
      '5',
      '  section 1: Soups',
    ]);
  });

  it("refuses v3 in Pinterest's API sandbox, which serves v5 only", async () => {
    await expect(openReading(readPinkitConfig({ PINTEREST_SANDBOX: '1' }, '3'), 'pina_x', silent)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/sandbox serves v5 only/) as unknown,
    });
  });
});
