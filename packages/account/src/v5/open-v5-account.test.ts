import { describe, expect, it } from 'vitest';
import { fakeV5Client, type FakeRoute } from '../test-support/fake-v5-client.js';
import { v5Account } from './open-v5-account.js';

function transport(routes: Record<string, FakeRoute>) {
  const { client, calls } = fakeV5Client(routes);
  return { calls, api: v5Account(client) };
}

describe('the v5 PinterestApi', () => {
  it('returns v5 objects as Pinterest sent them', async () => {
    const images = { '150x150': { url: 'https://i.test/1.jpg', width: null } };
    const pin = { id: '5', title: 'Soup', board_id: '9', media: { media_type: 'image', images } };
    const { api } = transport({ 'GET /v5/pins/5': () => pin });
    expect(api.version).toBe(5);
    expect(await api.getPin('5')).toEqual(pin);
  });

  it('saves a pin with v5 field names, the section only when given', async () => {
    const { calls, api } = transport({ 'POST /v5/pins/5/save': () => ({ id: '5' }) });
    await api.savePin('5', { boardId: '9' });
    await api.savePin('5', { boardId: '9', sectionId: '31' });
    expect(calls.map((call) => call.body)).toEqual([{ board_id: '9' }, { board_id: '9', board_section_id: '31' }]);
  });

  it('creates a pin from the neutral input with the media source v5 expects', async () => {
    const { calls, api } = transport({ 'POST /v5/pins': (_url, body) => ({ id: '6', ...(body as object) }) });
    const image = { source_type: 'image_url', url: 'https://i.test/1.jpg' } as const;
    const created = await api.createPin({ board_id: '9', title: 'Soup', media_source: image });
    expect(calls[0]?.body).toEqual({ board_id: '9', title: 'Soup', media_source: { ...image, is_standard: true } });
    expect(created.id).toBe('6');
  });

  it('creates a carousel with multiple_image_urls, which takes no is_standard', async () => {
    const { calls, api } = transport({ 'POST /v5/pins': () => ({ id: '7' }) });
    const items = [{ url: 'https://i.test/1.jpg', title: 'One' }, { url: 'https://i.test/2.jpg' }];
    await api.createPin({ board_id: '9', media_source: { source_type: 'multiple_image_urls', items } });
    expect(calls[0]?.body).toEqual({ board_id: '9', media_source: { source_type: 'multiple_image_urls', items } });
  });

  it("uploads a video in v5's two steps and reports a missing status as registered", async () => {
    const { calls, api } = transport({
      'POST /v5/media': () => ({ media_id: '77', media_type: 'video', upload_url: 'http://upload.test/bucket', upload_parameters: {} }),
      'POST /bucket': () => ({}),
      'GET /v5/media/77': () => ({ media_id: '77', media_type: 'video' }),
    });
    expect(await api.uploadVideo(new Blob(['video']), 'clip.mp4')).toBe('77');
    const sent = calls.map((call) => `${call.method} ${call.url.host}${call.url.pathname}`);
    expect(sent).toEqual(['POST sim.test/v5/media', 'POST upload.test/bucket']);
    expect(await api.getMediaStatus('77')).toBe('registered');
  });

  it('reads a pin for the copy engine with its renditions flattened', async () => {
    const images = { '1200x': { url: 'https://i.test/big.jpg', width: null } };
    const { api } = transport({ 'GET /v5/pins/5': () => ({ id: '5', media: { media_type: 'image', images } }) });
    const flattened = { media_type: 'image', images: { '1200x': { url: 'https://i.test/big.jpg' } } };
    expect(await api.getCopyablePin('5')).toEqual({ id: '5', media: flattened });
  });

  it('lists the ads tree narrowed by parent ids, and the user pins in one GET /v5/pins listing', async () => {
    const page = () => ({ items: [{ id: '1' }], bookmark: null });
    const { calls, api } = transport({
      'GET /v5/ad_accounts': page,
      'GET /v5/ad_accounts/5': () => ({ id: '5' }),
      'GET /v5/ad_accounts/5/campaigns': page,
      'GET /v5/ad_accounts/5/ad_groups': page,
      'GET /v5/ad_accounts/5/ads': page,
      'GET /v5/pins': page,
    });
    const drain = async (listing: AsyncIterable<unknown>) => {
      for await (const _ of listing) void _;
    };
    await drain(api.listAdAccounts());
    expect(await api.getAdAccount('5')).toEqual({ id: '5' });
    await drain(api.listCampaigns('5', { campaignIds: ['6'] }));
    await drain(api.listAdGroups('5', { campaignIds: ['6'] }));
    await drain(api.listAds('5', { adGroupIds: ['7'], adIds: ['8'] }));
    await drain(api.listUserPins({ pageSize: 50 }));
    expect(calls.map((call) => decodeURIComponent(call.url.pathname + call.url.search))).toEqual([
      '/v5/ad_accounts',
      '/v5/ad_accounts/5',
      '/v5/ad_accounts/5/campaigns?campaign_ids=6',
      '/v5/ad_accounts/5/ad_groups?campaign_ids=6',
      '/v5/ad_accounts/5/ads?ad_group_ids=7&ad_ids=8',
      '/v5/pins?page_size=50',
    ]);
  });

  it('reads linked businesses and related and suggested terms', async () => {
    const related = { id: 'a', related_term_count: 1, related_terms_list: [{ term: 'a', related_terms: ['b'] }] };
    const { calls, api } = transport({
      'GET /v5/user_account/businesses': () => [{ username: 'shop' }],
      'GET /v5/terms/related': () => related,
      'GET /v5/terms/suggested': () => ['ab'],
    });
    expect(await api.listLinkedBusinesses()).toEqual([{ username: 'shop' }]);
    expect(await api.getRelatedTerms(['a', 'c d'])).toEqual(related);
    expect(await api.getSuggestedTerms('a')).toEqual(['ab']);
    expect(await api.getSuggestedTerms('a', 3)).toEqual(['ab']);
    expect(calls.map((call) => decodeURIComponent(call.url.search))).toEqual(['', '?terms=a,c+d', '?term=a', '?term=a&limit=3']);
  });

  it('reads a carousel for the copy engine with its slides and creative_type', async () => {
    const slide = {
      item_type: 'image',
      title: 'One',
      description: null,
      link: 'https://a.test/1',
      images: { '1200x': { url: 'https://i.test/1.jpg', height: 9 } },
    };
    const { api } = transport({
      'GET /v5/pins/8': () => ({
        id: '8',
        creative_type: 'CAROUSEL',
        media: { media_type: 'multiple_images', items: [slide, { item_type: 'image' }] },
      }),
    });
    expect(await api.getCopyablePin('8')).toEqual({
      id: '8',
      creative_type: 'CAROUSEL',
      media: {
        media_type: 'multiple_images',
        images: {},
        items: [
          {
            item_type: 'image',
            title: 'One',
            description: null,
            link: 'https://a.test/1',
            images: { '1200x': { url: 'https://i.test/1.jpg', height: 9 } },
          },
          { item_type: 'image', title: null, description: null, link: null, images: {} },
        ],
      },
    });
  });
});
