import type { PlanFiles } from '../publish-ports.js';

/** Files held in memory, by absolute path, for tests that need no disk. */
export class MemoryFiles implements PlanFiles {
  readonly #files = new Map<string, Uint8Array>();
  readonly reads: string[] = [];

  set(path: string, content: string | Uint8Array): this {
    this.#files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return this;
  }

  async inspect(path: string, bytes: number) {
    const file = this.#files.get(path);
    return file && { size: file.length, head: file.subarray(0, bytes) };
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    this.reads.push(path);
    const file = this.#files.get(path);
    if (!file) throw new Error(`no such file ${path}`);
    if (file.length > maxBytes) throw new Error(`${path} is larger than ${maxBytes} bytes`);
    return file;
  }
}

/** The smallest files the type sniffing accepts, padded to `size` bytes. */
export const media = {
  jpeg: (size = 64) => padded([0xff, 0xd8, 0xff, 0xe0], size),
  png: (size = 64) => padded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], size),
  mp4: (size = 256) => padded([0, 0, 0, 0x18, ...ascii('ftypisom')], size),
  gif: (size = 64) => padded(ascii('GIF89a'), size),
};

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function padded(head: number[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
}
