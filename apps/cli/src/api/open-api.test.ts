import { describe, expect, it } from 'vitest';
import { readPinkitConfig } from '../config/pinkit-config.js';
import { openApi, openReading } from './open-api.js';
import { requireV5 } from './require-v5.js';

const silent = { level: 0 as const, log: () => undefined };

describe('openApi', () => {
  it('opens the v5 API for version 5', async () => {
    const api = await openApi(readPinkitConfig({ PINTEREST_API_URI: 'http://127.0.0.1:9' }), 'pina_x', silent, 'save-pin');
    expect(api.version).toBe('5');
  });

  it('refuses version 3 in one line naming the command, with the exit code for bad input', async () => {
    const refusal = { name: 'InputError', message: 'save-pin: API v3 never had this command; it needs -v 5 (the default).' };
    await expect(openApi(readPinkitConfig({}, '3'), 'pina_x', silent, 'save-pin')).rejects.toMatchObject(refusal);
    expect(() => requireV5('3', 'save-pin')).toThrow(expect.objectContaining(refusal));
    expect(() => requireV5('5', 'save-pin')).not.toThrow();
    expect(() => requireV5('3', 'ads-report', 'use analytics-api-example -v 3')).toThrow(
      'ads-report: API v3 never had this command; use analytics-api-example -v 3.',
    );
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
