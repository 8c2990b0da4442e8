// Child process for the crash test: starts an atomic write of a new token, announces when the
// new content sits complete in its temporary file, and waits there to be killed.
import { createFileStore } from '../create-file-store.js';

const [dir = '', name = '', accessToken = ''] = process.argv.slice(2);
const store = createFileStore({
  dir,
  beforeRename: async (tempPath) => {
    process.stdout.write(`${JSON.stringify({ paused: tempPath })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  },
});
await store.set({ name, access_token: accessToken, scopes: ['pins:read'] });
process.stdout.write(`${JSON.stringify({ finished: true })}\n`);
