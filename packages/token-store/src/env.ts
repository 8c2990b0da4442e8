// The `@pinkit/token-store/env` entry: a token in the environment, read without loading the stores
// (nor keytar). A front-end that runs one request, as `pinkit get-pin` with ACCESS_TOKEN set does,
// reads it here and loads the whole package only when there is none.
export { readEnvToken } from './read-env-token.js';
export type { TokenRecord } from './types.js';
export { ArgumentError } from '@pinkit/arguments';
