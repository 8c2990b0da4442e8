// The same GET as bare-get.mjs through @pinkit/api-v5 (and so @pinkit/http's transport), without
// the CLI: `pnpm bench` uses it to tell what the transport costs from what the CLI's own start-up
// costs. Usage: client-get.mjs API_URI PIN_ID TOKEN
import { createV5Client } from '../../packages/api-v5/dist/index.js';

const [apiUri, pinId, token] = process.argv.slice(2);
const pin = await createV5Client({ apiUri, token, retry: false }).pins.get(pinId);
process.stdout.write(`${JSON.stringify(pin)}\n`);
