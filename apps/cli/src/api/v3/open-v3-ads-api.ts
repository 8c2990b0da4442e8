import type { Logger, TokenProvider } from '@pinkit/http';
import type { PinkitConfig } from '../../config/pinkit-config.js';
import type { AdsApi, V3Shapes } from '../pinterest-api.js';
import { createCliV3Client } from './create-cli-v3-client.js';
import { v3AdsReader } from './v3-ads-reader.js';

/** The ads tree and linked businesses of a v3 client for the configured host. */
export async function openV3AdsApi(config: PinkitConfig, token: string | TokenProvider, logger: Logger): Promise<AdsApi<V3Shapes>> {
  return { version: '3', ...v3AdsReader(await createCliV3Client(config, token, logger)) };
}
