import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('media uploads on the default transport', () => {
  it('send the file through the same proxy as the API calls, as one multipart body', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const storage = await listen(
      createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => (received.push({ headers: req.headers, body }), res.writeHead(204).end()));
      }),
    );
    // A forward proxy in the corporate style: plain-http requests arrive with absolute URLs.
    const proxied: string[] = [];
    const proxy = await listen(
      createServer((req, res) => {
        proxied.push(`${req.method} ${req.url}`);
        req.pipe(
          request(
            req.url ?? '',
            { method: req.method ?? 'GET', headers: req.headers },
            (answer) => (res.writeHead(answer.statusCode ?? 502, answer.headers), answer.pipe(res)),
          ),
        );
      }),
    );
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T', retry: false, proxyEnv: { HTTP_PROXY: proxy } });
    const upload = {
      media_id: '77',
      media_type: 'video' as const,
      upload_url: `${storage}/bucket`,
      upload_parameters: { key: 'uploads/77' },
    };
    await client.media.upload(upload, new Blob(['fake video bytes'], { type: 'video/mp4' }), 'clip.mp4');
    expect(proxied).toEqual([`POST ${storage}/bucket`]);
    expect(received[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(received[0]?.headers.authorization).toBeUndefined();
    expect(received[0]?.body).toMatch(
      /name="key"\r\n\r\nuploads\/77\r\n[^]*filename="clip.mp4"\r\nContent-Type: video\/mp4\r\n\r\nfake video bytes\r\n/,
    );
  });
});
