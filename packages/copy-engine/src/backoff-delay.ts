// The one backoff of @pinkit/timing, which the transport's retries use too.
export { backoffDelay } from '@pinkit/timing';
export type { BackoffOptions } from '@pinkit/timing';
