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
    expect(largestImage({ images: {} })).toBeUndefined();
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

  it.each([
    [
      'multiple_videos',
      'IDEA',
      /p4 is a pin of several videos \(media_type multiple_videos, creative_type IDEA\), which API v5 cannot create/,
    ],
    ['multiple_mixed', null, /p4 is a pin of images and videos together \(media_type multiple_mixed\), which API v5 cannot create/],
    ['collage', 'COLLAGE', /p4 is a kind of pin \(media_type collage, creative_type COLLAGE\), which API v5 cannot create/],
  ])('skips a %s pin (creative_type %s), which v5 cannot create, saying what it is', (mediaType, creativeType, message) => {
    const plan = preparePinCopy({ id: 'p4', creative_type: creativeType, media: { media_type: mediaType, items: [] } });
    expect(plan).toMatchObject({ kind: 'skip', reason: 'not-creatable' });
    expect(plan.kind === 'skip' && plan.message).toMatch(message);
  });

  it("names the target's API in the reason: a v3 story pin, or a carousel v3 cannot make", () => {
    const story = preparePinCopy({ id: 'p6', media: { media_type: 'story' } }, { api: 'API v3' });
    expect(story.kind === 'skip' && story.message).toBe(
      'Pin p6 is a story pin (media_type story), which API v3 cannot create; it was not copied.',
    );
    const slides = Array.from({ length: 6 }, () => ({ images: media.images }));
    const carousel = preparePinCopy({ id: 'p7', media: { media_type: 'multiple_images', items: slides } }, { api: 'API v3' });
    expect(carousel.kind === 'skip' && carousel.message).toMatch(/a carousel of 6 images; API v3 creates carousels of 2 to 5/);
  });

  it('reads a pin without media_type as an image pin', () => {
    expect(preparePinCopy({ id: 'p5', media: { images: media.images } })).toMatchObject({
      kind: 'copy',
      content: { media_source: { source_type: 'image_url', url: 'big.jpg' } },
    });
  });

  const slide = (n: number, extra: Record<string, string | null> = {}) => ({
    item_type: 'image',
    images: { '150x150': image(`s${n}.jpg`, 150, 150), '1200x': image(`l${n}.jpg`, 1200, 1500) },
    ...extra,
  });

  it('copies a carousel of 2 to 5 images as multiple_image_urls, each slide by its largest image with its text', () => {
    const items = [slide(1, { title: 'One', description: 'first', link: 'https://a.example/1' }), slide(2, { title: null })];
    const plan = preparePinCopy({
      id: 'c1',
      title: 'Carousel',
      creative_type: 'CAROUSEL',
      media: { media_type: 'multiple_images', items },
    });
    expect(plan).toEqual({
      kind: 'copy',
      warnings: [],
      content: {
        title: 'Carousel',
        media_source: {
          source_type: 'multiple_image_urls',
          items: [{ url: 'l1.jpg', title: 'One', description: 'first', link: 'https://a.example/1' }, { url: 'l2.jpg' }],
        },
      },
    });
    const five = preparePinCopy({ id: 'c5', media: { media_type: 'multiple_images', items: [1, 2, 3, 4, 5].map((n) => slide(n)) } });
    expect(five.kind).toBe('copy');
  });

  it.each([
    [1, /a carousel of 1 images; API v5 creates carousels of 2 to 5/],
    [6, /a carousel of 6 images; API v5 creates carousels of 2 to 5/],
  ])('skips a carousel of %i images, which v5 cannot create', (count, message) => {
    const items = Array.from({ length: count }, (_, n) => slide(n));
    const plan = preparePinCopy({ id: 'c', media: { media_type: 'multiple_images', items } });
    expect(plan).toMatchObject({ kind: 'skip', reason: 'not-creatable' });
    expect(plan.kind === 'skip' && plan.message).toMatch(message);
  });

  it('skips a carousel with a slide that has no image', () => {
    const plan = preparePinCopy({ id: 'c', media: { media_type: 'multiple_images', items: [slide(1), { item_type: 'image' }] } });
    expect(plan).toMatchObject({
      kind: 'skip',
      reason: 'no-image',
      message: 'Pin c is a carousel with an image missing; it was not copied.',
    });
  });

  it('skips pins without a usable image and points at copy-pin for videos', () => {
    const plan = preparePinCopy({ id: 'p6', media: { media_type: 'video' } });
    expect(plan).toMatchObject({ kind: 'skip', reason: 'no-image' });
    expect(plan.kind === 'skip' && plan.message).toContain('copy-pin');
  });

  it('plans a video pin with a video_url as a video when the target takes videos, its cover standing in until then', () => {
    const media = { media_type: 'video', video_url: 'https://v.test/1.mp4', images: { '1200x': image('cover.jpg') } };
    expect(preparePinCopy({ id: 'p8', media }, { uploadsVideo: true })).toEqual({
      kind: 'copy',
      content: { media_source: { source_type: 'image_url', url: 'cover.jpg' } },
      warnings: [],
      video: { url: 'https://v.test/1.mp4' },
    });
    expect(preparePinCopy({ id: 'p8', media: { ...media, video_url: null } }, { uploadsVideo: true })).toMatchObject({
      warnings: [{ code: 'video-as-image' }],
    });
    expect(preparePinCopy({ id: 'p8', media })).not.toHaveProperty('video');
  });

  it('copies a video pin with a cover image as an image pin, with a warning', () => {
    const plan = preparePinCopy({ id: 'p7', media: { media_type: 'video', images: { '1200x': image('cover.jpg') } } });
    expect(plan).toMatchObject({ kind: 'copy', warnings: [{ code: 'video-as-image', sourcePinId: 'p7' }] });
  });
});
