import type { Board, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, walkPages } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('video files', () => {
  const sim = useSimulator({ boards: 1, pinsPerBoard: 4 });

  it("serves a video pin's video_url itself, without a token", async () => {
    const api = simApi(sim());
    const [board] = (await api.get<{ items: Board[] }>('/v5/boards')).body.items;
    const { items } = await walkPages<Pin>(api, `/v5/boards/${board?.id}/pins`);
    const video = items
      .map((pin) => pin.media as { media_type?: string; video_url?: string })
      .find((media) => media.media_type === 'video');
    expect(video?.video_url).toMatch(new RegExp(`^${sim().url}/videos/mc/720p/\\d+\\.mp4$`));
    const response = await fetch(video?.video_url ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect((await fetch(`${sim().url}/videos/mc/720p/clip.mov`)).status).toBe(404);
  });
});
