// Child process for the real keychain test, run inside a private D-Bus session with an unlocked
// gnome-keyring: exercises the keychain store and the resolving store against the Secret Service
// and prints what it saw as one JSON object.
import { createFileStore } from '../create-file-store.js';
import { createKeychainStore } from '../create-keychain-store.js';
import { createTokenStore } from '../create-token-store.js';

const [dir = ''] = process.argv.slice(2);
// Generous: the first call starts talking to a keyring daemon that may still be settling in CI.
const keychain = createKeychainStore({ timeoutMs: 15_000 });
const seen: Record<string, unknown> = {};

await keychain.set({ name: 'access_token', access_token: 'pina_REAL_A', refresh_token: 'pinr_REAL_A', scopes: ['pins:read'] });
await keychain.set({ name: 'work', access_token: 'pina_REAL_W', note: 'kept' });
seen.get = await keychain.get('access_token');
seen.list = await keychain.list();
await keychain.set({ name: 'work', access_token: 'pina_REAL_W2' });
seen.rewritten = await keychain.get('work');
seen.fromAnotherInstance = await createKeychainStore().get('work');
seen.deleted = await keychain.delete('access_token');
seen.deletedAgain = await keychain.delete('access_token');
seen.afterDelete = (await keychain.get('access_token')) ?? null;

const notices: string[] = [];
const resolving = createTokenStore({ dir, env: {}, onNotice: (message) => notices.push(message) });
await resolving.set({ name: 'cli', access_token: 'pina_REAL_C' });
seen.resolvingKind = resolving.kind;
seen.located = await resolving.locate('cli');
seen.filesWritten = (await createFileStore({ dir }).list()).length;
seen.notices = notices;
seen.resolvingDeleted = await resolving.delete('cli');
await keychain.delete('work');
seen.finalList = await keychain.list();

process.stdout.write(`${JSON.stringify(seen)}\n`);
