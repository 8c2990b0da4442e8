import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

// A fixed "today" (2026-03-15, UTC) so that the 90-day limits fall on known dates.
const NOW = Date.UTC(2026, 2, 15, 12);

type Block = {
  daily_metrics: Array<{ date: string; data_status: string; metrics: Record<string, number> }>;
  summary_metrics: Record<string, number>;
};

describe('user and Pin analytics', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 2, now: () => NOW });

  it('answers daily metrics and their summary under "all", the same numbers each time', async () => {
    const path = '/v5/user_account/analytics?start_date=2026-03-01&end_date=2026-03-03&metric_types=IMPRESSION,PIN_CLICK_RATE';
    const first = await simApi(sim()).get<{ all: Block }>(path);
    expect(first.status).toBe(200);
    const { daily_metrics: daily, summary_metrics: summary } = first.body.all;
    expect(daily.map((day) => day.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(Object.keys(daily[0]?.metrics ?? {})).toEqual(['IMPRESSION', 'PIN_CLICK_RATE']);
    expect(summary['IMPRESSION']).toBe(daily.reduce((sum, day) => sum + (day.metrics['IMPRESSION'] ?? 0), 0));
    expect(summary['PIN_CLICK_RATE']).toBeLessThan(0.2);
    expect((await simApi(sim()).get<{ all: Block }>(path)).body).toEqual(first.body);
    // A day's number does not depend on the range it was asked in.
    const one = await simApi(sim()).get<{ all: Block }>(path.replace('2026-03-01', '2026-03-02'));
    expect(one.body.all.daily_metrics[0]).toEqual(daily[1]);
  });

  it('reports every user metric when metric_types is left out', async () => {
    const reply = await simApi(sim()).get<{ all: Block }>('/v5/user_account/analytics?start_date=2026-03-15&end_date=2026-03-15');
    expect(Object.keys(reply.body.all.summary_metrics)).toHaveLength(9);
  });

  it.each([
    ['start_date=2026-02-30&end_date=2026-03-01', /'start_date' must be a date/],
    ['start_date=2026-03-02&end_date=2026-03-01', /start_date must be on or before end_date/],
    ['start_date=2025-12-14&end_date=2026-01-01', /90 days back from today \(earliest 2025-12-15\)/],
    ['end_date=2026-03-01', /'start_date' is required/],
    ['start_date=2026-03-01&end_date=2026-03-02&metric_types=CLICKS', /'CLICKS' is not a valid value for 'metric_types'/],
    ['start_date=2026-03-01&end_date=2026-03-02&split_field=APP_TYPE', /NO_SPLIT only/],
  ])('refuses %s with a 400', async (query, message) => {
    const reply = await simApi(sim()).get<ErrorBody>(`/v5/user_account/analytics?${query}`);
    expect([reply.status, reply.body.code]).toEqual([400, 1]);
    expect(reply.body.message).toMatch(message);
  });

  it("answers a Pin's analytics, with lifetime metrics apart, to its owner only", async () => {
    const pins = (await walkPages<{ id: string }>(simApi(sim()), '/v5/boards')).items;
    const board = pins[0]?.id ?? '';
    const pin = (await walkPages<{ id: string }>(simApi(sim()), `/v5/boards/${board}/pins`)).items[0]?.id ?? '';
    const path = `/v5/pins/${pin}/analytics?start_date=2026-03-10&end_date=2026-03-11&metric_types=IMPRESSION,SAVE,TOTAL_COMMENTS`;
    const reply = await simApi(sim()).get<{ all: Block & { lifetime_metrics: Record<string, number> } }>(path);
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body.all.summary_metrics)).toEqual(['IMPRESSION', 'SAVE']);
    expect(Object.keys(reply.body.all.lifetime_metrics)).toEqual(['TOTAL_COMMENTS']);
    expect((await simApi(sim(), tokenOf(sim(), 1)).get<ErrorBody>(path)).status).toBe(403);
    const noMetrics = await simApi(sim()).get<ErrorBody>(path.replace(/&metric_types=.*/, ''));
    expect([noMetrics.status, noMetrics.body.message]).toEqual([400, "Invalid parameters: 'metric_types' is required."]);
  });
});
