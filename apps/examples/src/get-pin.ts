// Show one pin, and what an error looks like.  Usage: tsx src/get-pin.ts PIN_ID
import { ApiError, createV5Client } from '@pinkit/api-v5';

const pinId = process.argv[2];
if (!pinId) {
  console.error('usage: get-pin.ts PIN_ID');
  process.exit(2);
}
const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

try {
  const pin = await pinterest.pins.get(pinId);
  console.log(JSON.stringify(pin, null, 2));
} catch (error) {
  // Failed calls throw named errors; the request id is what Pinterest support asks for.
  if (error instanceof ApiError) {
    console.error(`HTTP ${error.status}: ${error.message} (request id ${error.requestId})`);
    process.exit(1);
  }
  throw error;
}
