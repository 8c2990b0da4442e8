// Child process for the test without D-Bus: the environment points the session bus nowhere.
// Prints how the keychain store failed and what the resolving store did instead, as JSON.
import { readFile } from 'node:fs/promises';
import { createKeychainStore } from '../create-keychain-store.js';
import { createTokenStore } from '../create-token-store.js';
import { KeychainUnavailableError } from '../errors.js';

const [dir = ''] = process.argv.slice(2);
const started = Date.now();
const error = await createKeychainStore()
  .get('access_token')
  .then(
    () => undefined,
    (caught: unknown) => caught,
  );

const notices: string[] = [];
const resolving = createTokenStore({ dir, env: {}, onNotice: (message) => notices.push(message) });
await resolving.set({ name: 'access_token', access_token: 'pina_NO_BUS' });

process.stdout.write(
  `${JSON.stringify({
    unavailable: error instanceof KeychainUnavailableError,
    reason: error instanceof KeychainUnavailableError ? error.reason : String(error),
    kind: resolving.kind,
    notices,
    file: JSON.parse(await readFile(`${dir}/access_token.json`, 'utf8')),
    elapsedMs: Date.now() - started,
  })}\n`,
);
