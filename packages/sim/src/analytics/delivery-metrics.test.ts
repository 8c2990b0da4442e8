import { describe, expect, it } from 'vitest';
import { simApi } from '../test-support/sim-api.js';
import { type Envelope, v3Api } from '../test-support/v3-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

type Metric = { name: string; definition: string; display_name?: string; category?: string };

describe('GET /v5/resources/delivery_metrics', () => {
  const sim = useSimulator();

  it("lists the metrics a report can carry, the same names v3's list gives", async () => {
    const v5 = await simApi(sim()).get<{ items: Metric[] }>('/v5/resources/delivery_metrics?report_type=ASYNC');
    expect(v5.status).toBe(200);
    expect(v5.body.items.map((metric) => metric.name)).toEqual(
      expect.arrayContaining(['IMPRESSION_1', 'CLICKTHROUGH_1', 'SPEND_IN_DOLLAR']),
    );
    expect(v5.body.items.find((metric) => metric.name === 'CTR')).toMatchObject({
      definition: 'ctr: a rate, averaged over a period.',
      category: 'ADS',
    });
    const v3 = await v3Api(sim()).get<Envelope<{ metrics: Metric[] }>>('/ads/v3/resources/delivery_metrics/');
    expect(v5.body.items.map((metric) => metric.name)).toEqual(v3.body.data?.metrics.map((metric) => metric.name));
  });
});
