import type { RelatedTerms } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('terms', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 1 });

  it('relates each term to popular searches containing it, the same on every call', async () => {
    const answer = await simApi(sim()).get<RelatedTerms>('/v5/terms/related?terms=workout,clothes&terms=zeppelin');
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe('workout');
    expect(answer.body.related_terms_list?.map((entry) => entry.term)).toEqual(['workout', 'clothes', 'zeppelin']);
    expect(answer.body.related_terms_list?.[0]?.related_terms).toEqual([
      'workout motivation',
      'workout plan',
      'home workout',
      'yoga workout',
      'one song workout',
    ]);
    expect(answer.body.related_terms_list?.[2]?.related_terms).toEqual([
      'easy zeppelin',
      'cute zeppelin',
      'simple zeppelin',
      'modern zeppelin',
      'zeppelin ideas',
    ]);
    expect(answer.body.related_term_count).toBe(15);
    expect((await simApi(sim()).get<RelatedTerms>('/v5/terms/related?terms=workout,clothes&terms=zeppelin')).body).toEqual(answer.body);
  });

  it('suggests searches that begin with the term, at most limit of them (default 4)', async () => {
    const api = simApi(sim());
    expect((await api.get<string[]>('/v5/terms/suggested?term=sport')).body).toEqual([
      'sports bar',
      'sportswear',
      'sports nutrition',
      'sport ideas',
    ]);
    expect((await api.get<string[]>('/v5/terms/suggested?term=Sport&limit=2')).body).toEqual(['sports bar', 'sportswear']);
    expect((await api.get<string[]>('/v5/terms/suggested?term=sport&limit=10')).body).toHaveLength(10);
  });

  it('answers 400 code 1 without a term or with a limit outside 1..10', async () => {
    const api = simApi(sim());
    for (const path of [
      '/v5/terms/related',
      '/v5/terms/suggested',
      '/v5/terms/suggested?term=a&limit=11',
      '/v5/terms/suggested?term=a&limit=x',
    ]) {
      const answer = await api.get<ErrorBody>(path);
      expect([path, answer.status, answer.body.code]).toEqual([path, 400, 1]);
    }
  });
});
