import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import type { MediaUpload } from './types.js';

interface Call {
  method: string;
  url: string;
  headers: Headers;
  body: RequestInit['body'];
}

/** An injected transport answering by method and URL; records every call with its raw body. */
function transport(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const call = {
      method: init.method ?? 'GET',
      url: String(input instanceof Request ? input.url : input),
      headers: new Headers(init.headers),
      body: init.body,
    };
    calls.push(call);
    return answer(call);
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const registered: MediaUpload = {
  media_id: '77',
  media_type: 'video',
  upload_url: 'https://uploads.test/bucket',
  upload_parameters: { key: 'uploads/77', policy: 'cG9saWN5', 'x-amz-signature': 'abc', 'Content-Type': 'multipart/form-data' },
};

describe('media uploads', () => {
  it('registers a video upload with POST /v5/media', async () => {
    const { calls, fetchImpl } = transport(() => json(registered, 201));
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    expect(await client.media.create({ media_type: 'video' })).toEqual(registered);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe('http://sim.test/v5/media');
    expect(JSON.parse(String(calls[0]?.body))).toEqual({ media_type: 'video' });
  });

  it('reads the status of an upload', async () => {
    const { calls, fetchImpl } = transport(() => json({ media_id: '77', media_type: 'video', status: 'processing' }));
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    expect((await client.media.get('77')).status).toBe('processing');
    expect(calls[0]?.url).toBe('http://sim.test/v5/media/77');
  });

  it('posts every upload parameter unchanged, then the file last, without the bearer token', async () => {
    const { calls, fetchImpl } = transport(() => new Response(null, { status: 204 }));
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    await client.media.upload(registered, new Blob(['fake video bytes'], { type: 'video/mp4' }), 'clip.mp4');
    const call = calls[0]!;
    expect(call.method).toBe('POST');
    expect(call.url).toBe('https://uploads.test/bucket');
    expect(call.headers.get('authorization')).toBeNull();
    const form = call.body as FormData;
    const fields = [...form.entries()];
    expect(fields.map(([name]) => name)).toEqual(['key', 'policy', 'x-amz-signature', 'Content-Type', 'file']);
    expect(form.get('policy')).toBe('cG9saWN5');
    const file = form.get('file') as File;
    expect(file.name).toBe('clip.mp4');
    expect(await file.text()).toBe('fake video bytes');
  });

  it('reports a refused upload as an ApiError with the status and a short body', async () => {
    const { fetchImpl } = transport(() => new Response('<Error><Code>AccessDenied</Code></Error>', { status: 403 }));
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    await expect(client.media.upload(registered, new Blob(['x']), 'clip.mp4')).rejects.toMatchObject({
      name: 'ApiError',
      status: 403,
      message: expect.stringContaining('AccessDenied'),
    });
  });

  it('reports a dropped upload connection as a NetworkError that may have been sent', async () => {
    const { fetchImpl } = transport(() => {
      throw new TypeError('fetch failed');
    });
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    await expect(client.media.upload(registered, new Blob(['x']), 'clip.mp4')).rejects.toMatchObject({
      name: 'NetworkError',
      notSent: false,
    });
  });

  it('refuses an upload that has no upload_url', async () => {
    const { calls, fetchImpl } = transport(() => new Response(null, { status: 204 }));
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', fetch: fetchImpl, retry: false });
    const { upload_url: _url, ...withoutUrl } = registered;
    await expect(client.media.upload(withoutUrl, new Blob(['x']), 'clip.mp4')).rejects.toThrow(
      'media.upload: upload.upload_url must be an absolute http: or https: URL, not missing.',
    );
    expect(calls).toHaveLength(0);
  });
});
