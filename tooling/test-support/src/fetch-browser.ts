import { fileURLToPath } from 'node:url';

/**
 * A `BROWSER` value for sign-in tests: a stand-in browser that follows the sign-in URL's
 * redirects, as a real one does when the simulator's consent page approves at once (autoApprove).
 */
export const FETCH_BROWSER = `${process.execPath} ${fileURLToPath(new URL('../bin/fetch-browser.mjs', import.meta.url))} %s`;
