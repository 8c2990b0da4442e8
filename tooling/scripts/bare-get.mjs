// The floor `pnpm bench` compares a one-request pinkit command with: one GET through Node's own
// http module, the response printed as it arrives, nothing else. Usage: bare-get.mjs URL TOKEN
import { request } from 'node:http';
import { request as requestTls } from 'node:https';

const [url, token] = process.argv.slice(2);
const send = url.startsWith('https:') ? requestTls : request;
send(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } }, (res) => {
  if (res.statusCode !== 200) process.exitCode = 1;
  res.pipe(process.stdout);
}).end();
