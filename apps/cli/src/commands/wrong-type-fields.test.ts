import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { sendJson, startHostileServer } from '../test-support/hostile-server.js';
import { runPinkit } from '../test-support/run-pinkit.js';

// Fields of the wrong type below the top level, where the CLI reads them: each run ends in one
// line naming the operation and the field, exit 1, never a TypeError's words and never a pin.

const TOKEN = { ACCESS_TOKEN: 'pina_TESTTESTTEST', PINKIT_MEDIA_POLL_MS: '10' };
const PIN = { id: '1', board_id: '2', media: { media_type: 'image', images: { '1200x': { url: 'http://127.0.0.1:1/a.jpg' } } } };

/** Runs pinkit against a server answering each request with the body of the first route whose pattern matches `METHOD path`. */
async function against(routes: Array<[RegExp, unknown]>, args: string[]) {
  const seen: string[] = [];
  const server = await startHostileServer((req, res) => {
    const line = `${req.method} ${req.url}`;
    seen.push(line);
    const route = routes.find(([pattern]) => pattern.test(line));
    sendJson(res, route ? 200 : 500, route ? route[1] : { code: 1, message: `unexpected ${line}` });
  });
  try {
    return { ...(await runPinkit(args, { PINTEREST_API_URI: server.url, ...TOKEN })), seen };
  } finally {
    await server.close();
  }
}

function expectOneLine(run: { code: number | null; stderr: string }, operation: string, field: string): void {
  expect(run.code).toBe(1);
  const errors = run.stderr.split('\n').filter((line) => line.startsWith('pinkit: '));
  expect(errors).toHaveLength(1);
  const escaped = (text: string) => text.replace(/[.[\]/\\]/g, '\\$&');
  expect(errors[0]).toMatch(new RegExp(`^pinkit: Pinterest answered ${escaped(operation)} with .* as ${escaped(field)}, where`));
  expect(run.stderr).not.toMatch(/Cannot read|is not a function|is not iterable|Invalid time value|Cannot destructure/);
}

describe('media answers', () => {
  const video = () => {
    const file = join(tempDir('pinkit-video-'), 'clip.mp4');
    writeFileSync(file, 'not really a video');
    return file;
  };

  it.each([
    [null, 'body'],
    [{ media_id: 5, upload_url: 'http://127.0.0.1:1/up' }, 'body.media_id'],
    [{ media_id: '5', upload_url: 7 }, 'body.upload_url'],
    [{ media_id: '5', upload_url: 'http://127.0.0.1:1/up', upload_parameters: 'x' }, 'body.upload_parameters'],
  ])('a registered upload %j is refused before the file is sent', async (answer, field) => {
    const run = await against(
      [
        [/^GET \/v5\/pins\/1$/, PIN],
        [/^POST \/v5\/media$/, answer],
      ],
      ['copy-pin', '-p', '1', '-b', '3', '-m', video()],
    );
    expectOneLine(run, 'media/create', field);
    expect(run.seen.filter((line) => line.startsWith('POST /v5/pins'))).toEqual([]);
  });

  it.each([
    [null, 'body'],
    [{ status: 5 }, 'body.status'],
    [{ status: 'pending-forever' }, 'body.status'],
  ])('an upload status %j is refused at once, not polled', async (answer, field) => {
    const run = await against(
      [
        [/^GET \/v5\/pins\/1$/, PIN],
        [/^GET \/v5\/media\/123$/, answer],
      ],
      ['copy-pin', '-p', '1', '-b', '3', '-m', '123'],
    );
    expectOneLine(run, 'media/get', field);
    expect(run.seen.filter((line) => line.startsWith('GET /v5/media'))).toHaveLength(1);
    expect(run.seen.filter((line) => line.startsWith('POST /v5/pins'))).toEqual([]);
  });
});

describe('businesses and terms', () => {
  it.each([
    [[null], 'body[0]'],
    [[{ username: ['a'] }], 'body[0].username'],
  ])('get-businesses answered %j', async (answer, field) => {
    const run = await against([[/businesses/, answer]], ['get-businesses']);
    expectOneLine(run, 'linked_business_accounts/get', field);
    expect(run.stdout).toBe('');
  });

  it.each([
    [{ related_terms_list: 5 }, 'body.related_terms_list'],
    [{ related_terms_list: [null] }, 'body.related_terms_list[0]'],
    [{ related_terms_list: [{ term: 'a', related_terms: 'x' }] }, 'body.related_terms_list[0].related_terms'],
    [{ related_terms_list: [{ term: 'a', related_terms: ['b', { c: 1 }] }] }, 'body.related_terms_list[0].related_terms[1]'],
  ])('get-terms -r answered %j', async (answer, field) => {
    const run = await against([[/terms\/related/, answer]], ['get-terms', 'a', '-r']);
    expectOneLine(run, 'terms_related/list', field);
    expect(run.stdout).toBe('');
  });

  it('get-terms -s answered with a suggestion that is not text', async () => {
    const run = await against([[/terms\/suggested/, ['ok', null]]], ['get-terms', 'a', '-s']);
    expectOneLine(run, 'terms_suggested/list', 'body[1]');
  });
});

describe('the ads tree and analytics', () => {
  it('an ads list page whose bookmark is a number', async () => {
    const run = await against([[/^GET \/v5\/ad_accounts/, { items: [{ id: '1', name: 'x' }], bookmark: 5 }]], ['get-ads']);
    expectOneLine(run, 'ad_accounts/list', 'bookmark');
  });

  it('a v3 list page whose bookmark is an object, which once ended the listing without a word', async () => {
    const page = { status: 'success', code: 0, message: 'ok', data: [{ id: '1', name: 'x' }], bookmark: { next: 'b2' } };
    const run = await against([[/^GET \/v3\/users\/me\/boards\/feed\//, page]], ['get-user-boards', '-v', '3']);
    expectOneLine(run, 'users.listBoards', 'bookmark');
  });

  it('an ads analytics row that is null', async () => {
    const run = await against(
      [[/campaigns\/analytics/, [null]]],
      ['get-analytics', '-o', 'campaign', '--ad-account-id', '5', '--campaign-id', '6'],
    );
    expectOneLine(run, 'campaigns/analytics', 'body[0]');
  });

  it.each([
    [{ all: null }, 'body.all'],
    [{ all: { daily_metrics: [null] } }, 'body.all.daily_metrics[0]'],
    [{ all: { daily_metrics: [{ date: 5, metrics: {} }] } }, 'body.all.daily_metrics[0].date'],
    [{ all: { daily_metrics: 'x' } }, 'body.all.daily_metrics'],
  ])('user analytics answered %j', async (answer, field) => {
    const run = await against([[/user_account\/analytics/, answer]], ['get-analytics', '-o', 'user']);
    expectOneLine(run, 'user_account/analytics', field);
    expect(run.stdout).toBe('');
  });
});
