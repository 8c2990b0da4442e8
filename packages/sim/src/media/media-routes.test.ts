import type { Board, Media, MediaUpload, Pin } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { simApi, tokenOf, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

interface Page<T> {
  items: T[];
  bookmark: string | null;
}

/** Posts the file the way the quickstart does: every upload parameter as a field, then `file`. */
function uploadForm(parameters: Record<string, string>, omit?: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parameters)) if (name !== omit) form.append(name, value);
  form.append('file', new Blob([Buffer.from('not really a video')], { type: 'video/mp4' }), 'clip.mp4');
  return form;
}

describe('video upload flow', () => {
  const sim = useSimulator();

  async function register() {
    const api = simApi(sim());
    const created = await api.post<MediaUpload>('/v5/media', { media_type: 'video' });
    expect(created.status).toBe(201);
    return { api, upload: created.body };
  }

  it('registers, takes the upload at its own upload_url, then processes to succeeded as it is polled', async () => {
    const { api, upload } = await register();
    expect(upload.upload_url).toMatch(new RegExp(`^${sim().url}/`));
    expect(upload.upload_parameters).toHaveProperty('key');
    const statuses: (string | undefined)[] = [(await api.get<Media>(`/v5/media/${upload.media_id}`)).body.status];
    const uploaded = await fetch(upload.upload_url ?? '', { method: 'POST', body: uploadForm(upload.upload_parameters ?? {}) });
    expect(uploaded.status).toBe(204);
    for (let poll = 0; poll < 3; poll += 1) statuses.push((await api.get<Media>(`/v5/media/${upload.media_id}`)).body.status);
    expect(statuses).toEqual(['registered', 'processing', 'succeeded', 'succeeded']);
  });

  it('refuses an upload that leaves out an upload parameter, or is not multipart', async () => {
    const { upload } = await register();
    const missing = await fetch(upload.upload_url ?? '', { method: 'POST', body: uploadForm(upload.upload_parameters ?? {}, 'policy') });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).message).toContain('policy');
    const plain = await fetch(upload.upload_url ?? '', { method: 'POST', body: 'raw bytes' });
    expect(plain.status).toBe(400);
    expect((await fetch(`${sim().url}/media-upload/568000000000000999`, { method: 'POST', body: uploadForm({}) })).status).toBe(404);
  });

  it('creates a video pin only once the media has succeeded', async () => {
    const { api, upload } = await register();
    const [board] = (await api.get<Page<Board>>('/v5/boards')).body.items;
    const pinBody = {
      board_id: board?.id,
      title: 'A video',
      media_source: { source_type: 'video_id', media_id: upload.media_id, cover_image_url: 'https://a.example/cover.jpg' },
    };
    await fetch(upload.upload_url ?? '', { method: 'POST', body: uploadForm(upload.upload_parameters ?? {}) });
    const early = await api.post<ErrorBody>('/v5/pins', pinBody);
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/processing|registered/);
    for (let poll = 0; poll < 2; poll += 1) await api.get<Media>(`/v5/media/${upload.media_id}`);
    const created = await api.post<Pin>('/v5/pins', pinBody);
    expect(created.status).toBe(201);
    expect(created.body.media).toMatchObject({ media_type: 'video' });
    expect(created.body.creative_type).toBe('VIDEO');
  });

  it('keeps media private to its owner and refuses other media types', async () => {
    const { api, upload } = await register();
    expect((await simApi(sim(), tokenOf(sim(), 1)).get(`/v5/media/${upload.media_id}`)).status).toBe(404);
    expect((await api.post('/v5/media', { media_type: 'image' })).status).toBe(400);
    expect((await api.get('/v5/media/568000000000000999')).status).toBe(404);
  });
});
