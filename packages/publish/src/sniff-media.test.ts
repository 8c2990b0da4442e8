import { expect, it } from 'vitest';
import { describeUnsupported, sniffMedia } from './sniff-media.js';
import { media } from './test-support/memory-files.js';

it('tells JPEG, PNG, MP4 and QuickTime apart by their first bytes, and names a few unsupported types', () => {
  expect(sniffMedia(media.jpeg())).toEqual({ kind: 'image', contentType: 'image/jpeg' });
  expect(sniffMedia(media.png())).toEqual({ kind: 'image', contentType: 'image/png' });
  expect(sniffMedia(media.mp4())).toEqual({ kind: 'video', contentType: 'video/mp4' });
  const mov = media.mp4();
  mov.set([0x71, 0x74], 8);
  expect(sniffMedia(mov)).toEqual({ kind: 'video', contentType: 'video/quicktime' });
  expect(sniffMedia(media.gif())).toBeUndefined();
  expect(describeUnsupported(media.gif())).toBe('a GIF');
  expect(sniffMedia(new TextEncoder().encode('hello, world'))).toBeUndefined();
});
