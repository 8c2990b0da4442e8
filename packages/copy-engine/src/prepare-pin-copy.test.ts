import { describe, expect, it } from 'vitest';
import { largestImage } from './largest-image.js';
import { pinFieldLimits, preparePinCopy } from './prepare-pin-copy.js';

const image = (url: string, width?: number, height?: number) => ({ url, width, height });

describe('largestImage', () => {
  it('picks the image with the most pixels when dimensions are given', () => {
    const images = { '600x': image('a', 600, 900), '1200x': image('b', 1200, 1800), '400x300': image('c', 400, 300) };
    expect(largestImage({ images })?.url).toBe('b');
  });

  it('ranks by the size key when dimensions are missing', () => {
    expect(largestImage({ images: { '150x150': image('s'), '1200x': image('l'), '600x': image('m') } })?.url).toBe('l');
    expect(largestImage({ images: { '1200x': image('l'), originals: image('o') } })?.url).toBe('o');
  });

  it('has nothing for a pin without images', () => {
    expect(largestImage(null)).toBeUndefined();
    expect(largestImage({ media_type: 'video', images: {} })).toBeUndefined();
  });
});

describe('preparePinCopy', () => {
  const media = {
    media_type: 'image',
    images: { '600x': image('small.jpg', 600, 600), '1200x': image('big.jpg', 1200, 1200) },
  };

  it('copies text as is and uses the largest image as image_url', () => {
    const plan = preparePinCopy({
      id: 'p1',
      title: 'Soup',
      description: 'Hot',
      link: 'https://x.test',
      alt_text: 'A bowl',
      media,
    });
    expect(plan).toEqual({
      kind: 'copy',
      content: {
        title: 'Soup',
        description: 'Hot',
        link: 'https://x.test',
        alt_text: 'A bowl',
        media_source: { source_type: 'image_url', url: 'big.jpg' },
      },
      warnings: [],
    });
  });

  it('cuts over-long fields to 2048/100/800/500 characters and warns for each', () => {
    const plan = preparePinCopy({
      id: 'p2',
      title: 't'.repeat(101),
      description: 'd'.repeat(900),
      link: `https://x.test/${'l'.repeat(3000)}`,
      alt_text: 'a'.repeat(500),
      media,
    });
    if (plan.kind !== 'copy') throw new Error('expected a copy plan');
    expect(plan.content.title).toHaveLength(100);
    expect(plan.content.description).toHaveLength(800);
    expect(plan.content.link).toHaveLength(2048);
    expect(plan.content.alt_text).toHaveLength(500);
    expect(plan.warnings.map((warning) => warning.code === 'truncated' && [warning.field, warning.maxLength])).toEqual([
      ['title', pinFieldLimits.title],
      ['description', 800],
      ['link', 2048],
    ]);
  });

  it('counts characters, so an emoji at the limit is kept whole', () => {
    const plan = preparePinCopy({ id: 'p3', title: `${'x'.repeat(99)}🍜🍜`, media });
    if (plan.kind !== 'copy') throw new Error('expected a copy plan');
    expect(plan.content.title).toBe(`${'x'.repeat(99)}🍜`);
  });

  it('skips items whose type is not pin, saying what they are', () => {
    expect(preparePinCopy({ id: 'p4', type: 'story', media })).toMatchObject({ kind: 'skip', reason: 'not-a-pin' });
    expect(preparePinCopy({ id: 'p5', type: 'pin', media })).toMatchObject({ kind: 'copy' });
  });

  it('skips pins without a usable image and points at copy-pin for videos', () => {
    const plan = preparePinCopy({ id: 'p6', media: { media_type: 'video' } });
    expect(plan).toMatchObject({ kind: 'skip', reason: 'no-image' });
    expect(plan.kind === 'skip' && plan.message).toContain('copy-pin');
  });

  it('copies a video pin with a cover image as an image pin, with a warning', () => {
    const plan = preparePinCopy({ id: 'p7', media: { media_type: 'video', images: { '1200x': image('cover.jpg') } } });
    expect(plan).toMatchObject({ kind: 'copy', warnings: [{ code: 'video-as-image', sourcePinId: 'p7' }] });
  });
});
