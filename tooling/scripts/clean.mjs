// First step of every package's build: removes what the last build wrote (dist/, and build/ where
// a bundled package keeps tsc's JavaScript), so a file whose source is gone is never packed.
import { rmSync } from 'node:fs';

// Retried: a file system that is still settling a just-removed file answers ENOTEMPTY for a moment.
for (const dir of ['dist', 'build']) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
