// First step of every package's build: removes what the last build wrote (dist/, and build/ where
// a bundled package keeps tsc's JavaScript), so a file whose source is gone is never packed.
import { rmSync } from 'node:fs';

// Retried: a removal here once failed with ENOTEMPTY (something still writing into build/), and
// Node's retries wait such a moment out instead of failing the build.
for (const dir of ['dist', 'build']) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
