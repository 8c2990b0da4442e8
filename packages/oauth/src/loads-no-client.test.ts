import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dist = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;

// A resolve hook that reports every module the import loads, back to the main thread.
const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  port.postMessage(resolved.url);
  return resolved;
}`;

const script = `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (url) => urls.push(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), { data: { port: port2 }, transferList: [port2] });
await import(${JSON.stringify(dist)});
await new Promise((resolve) => setTimeout(resolve, 100));
port1.close();
process.stdout.write(JSON.stringify(urls));
`;

describe('importing @pinkit/oauth', () => {
  it("reads the scope tables from the data-only entries and never loads an API client's main entry", async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    const loaded = (JSON.parse(stdout) as string[]).map((url) => url.replace(/^.*\/packages\//, ''));
    expect(loaded).toEqual(expect.arrayContaining(['api-v5/dist/operations.js', 'api-v3/dist/v3-scopes.js']));
    expect(loaded.filter((url) => /^api-v[35]\/dist\/index\.js$/.test(url))).toEqual([]);
  });
});
