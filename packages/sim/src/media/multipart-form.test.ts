import { describe, expect, it } from 'vitest';
import { parseMultipart } from './multipart-form.js';

async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request('http://x.invalid', { method: 'POST', body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type') ?? '' };
}

describe('parseMultipart', () => {
  it('reads fields and files as fetch encodes them', async () => {
    const form = new FormData();
    form.append('key', 'uploads/1');
    form.append('file', new Blob([Buffer.from([0, 1, 2, 13, 10, 255])]), 'clip.mp4');
    const { body, contentType } = await encode(form);
    const parts = parseMultipart(body, contentType);
    expect(parts?.map((part) => [part.name, part.filename])).toEqual([
      ['key', undefined],
      ['file', 'clip.mp4'],
    ]);
    expect(parts?.[0]?.data.toString()).toBe('uploads/1');
    expect([...(parts?.[1]?.data ?? [])]).toEqual([0, 1, 2, 13, 10, 255]);
  });

  it('returns undefined for a body that is not multipart', () => {
    expect(parseMultipart(Buffer.from('{}'), 'application/json')).toBeUndefined();
    expect(parseMultipart(Buffer.from('garbage'), 'multipart/form-data; boundary=abc')).toBeUndefined();
  });
});
