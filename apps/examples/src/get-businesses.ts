// The business accounts linked to the user's.
import { createV5Client } from '@pinkit/api-v5';

const pinterest = createV5Client({ apiUri: process.env.PINTEREST_API_URI, token: process.env.ACCESS_TOKEN ?? '' });

const businesses = await pinterest.userAccount.listBusinesses();
for (const business of businesses) console.log(`${business.username}  ${business.image_large_url ?? ''}`);
console.log(`${businesses.length} linked`);
