import type { StorePreference } from '../config/token-session.js';
import { oneLine } from '../output/describe-error.js';
import { check, type DoctorCheck } from './doctor-check.js';

/**
 * Whether the OS keychain answers, asked once with the store's own time limit; when it does not,
 * the store's error says why and what to install. Only a keychain the user asked for
 * (`--token-store keychain`) is a failure: otherwise tokens go to files.
 */
export async function keychainCheck(prefer: StorePreference): Promise<DoctorCheck[]> {
  if (prefer === 'file') return [check('keychain', 'skip', 'not used (--token-store file)')];
  const { createKeychainStore } = await import('@pinkit/token-store');
  try {
    const entries = await createKeychainStore({ timeoutMs: 1500 }).list();
    return [check('keychain', 'ok', `the OS keychain answers (${entries.length} pinkit token${entries.length === 1 ? '' : 's'})`)];
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'KeychainUnavailableError') {
      return [check('keychain', 'warn', `the OS keychain could not be listed: ${oneLine(error)}`)];
    }
    return [
      prefer === 'keychain'
        ? check('keychain', 'fail', oneLine(error), 'make the keychain answer, or run with --token-store file')
        : check('keychain', 'warn', `${oneLine(error)} Tokens are kept in files meanwhile.`),
    ];
  }
}
