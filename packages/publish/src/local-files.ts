import { open } from 'node:fs/promises';
import { checkFileRead } from './check-publish-arguments.js';
import type { PlanFiles } from './publish-ports.js';

/** The local file system as `PlanFiles`: regular files only, reads bounded by size. */
export function localFiles(): PlanFiles {
  return {
    async inspect(path, bytes) {
      checkFileRead('inspect', path, bytes);
      let handle;
      try {
        handle = await open(path, 'r');
      } catch {
        return undefined;
      }
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) return undefined;
        const head = Buffer.alloc(Math.min(bytes, stat.size));
        await handle.read(head, 0, head.length, 0);
        return { size: stat.size, head };
      } finally {
        await handle.close();
      }
    },
    async read(path, maxBytes) {
      checkFileRead('read', path, maxBytes);
      const handle = await open(path, 'r');
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw new Error('not a regular file');
        if (stat.size > maxBytes) throw new Error(`it is ${stat.size} bytes, more than the ${maxBytes} allowed`);
        // One byte more than allowed tells a file that grew since stat from one that did not.
        const buffer = Buffer.alloc(stat.size + 1);
        let length = 0;
        for (;;) {
          const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
          if (bytesRead === 0) break;
          length += bytesRead;
          if (length === buffer.length) throw new Error('it grew while being read');
        }
        return buffer.subarray(0, length);
      } finally {
        await handle.close();
      }
    },
  };
}
