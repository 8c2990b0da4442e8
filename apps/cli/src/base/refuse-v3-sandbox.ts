import type { PinkitConfig } from '../config/pinkit-config.js';
import { InputError } from '../output/describe-error.js';

/** Pinterest's API sandbox never served v3: `-v 3` with `--sandbox` is refused before anything is sent. */
export function refuseV3Sandbox(config: PinkitConfig): void {
  if (config.apiVersion === '3' && config.sandbox)
    throw new InputError("Pinterest's API sandbox serves v5 only; leave out --sandbox (or PINTEREST_SANDBOX) with -v 3.");
}
