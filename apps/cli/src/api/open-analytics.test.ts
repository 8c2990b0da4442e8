import { describe, expect, it } from 'vitest';
import { readPinkitConfig } from '../config/pinkit-config.js';
import { openAnalytics } from './open-api.js';

const silent = { level: 0 as const, log: () => undefined };
const host = { PINTEREST_API_URI: 'http://127.0.0.1:9' };

describe('openAnalytics', () => {
  it("opens v3's analytics, which lists report metrics and has no Pin analytics, and v5's, which has them", async () => {
    const v3 = await openAnalytics(readPinkitConfig(host, '3'), 'pina_x', silent);
    expect([v3.version, typeof v3.listReportMetrics, 'getPinAnalytics' in v3]).toEqual(['3', 'function', false]);
    const v5 = await openAnalytics(readPinkitConfig(host), 'pina_x', silent);
    expect([v5.version, v5.listReportMetrics, 'getPinAnalytics' in v5]).toEqual(['5', undefined, true]);
  });

  it("refuses v3 in Pinterest's API sandbox, which serves v5 only", async () => {
    await expect(openAnalytics(readPinkitConfig({ PINTEREST_SANDBOX: '1' }, '3'), 'pina_x', silent)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/sandbox serves v5 only/) as unknown,
    });
  });
});
