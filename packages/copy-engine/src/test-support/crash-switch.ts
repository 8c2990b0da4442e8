import type { CopyAccount } from '../copy-account.js';
import type { JournalStore } from '../journal-store.js';

const never = <T>(): Promise<T> => new Promise<T>(() => {});

/**
 * Simulates killing the process running a copy: once crashed, every account call and journal
 * append made through the wrapped objects hangs forever. A write already sent still reaches the
 * (fake) server; only its response is lost, as with SIGKILL.
 */
export class CrashSwitch {
  #crashed = false;

  get crashed(): boolean {
    return this.#crashed;
  }

  crash(): void {
    this.#crashed = true;
  }

  #guard<A extends unknown[], T>(call: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
    return async (...args: A) => {
      if (this.#crashed) return never();
      const result = await call(...args);
      return this.#crashed ? never() : result;
    };
  }

  #guardList<A extends unknown[], T>(list: (...args: A) => AsyncIterable<T>): (...args: A) => AsyncIterable<T> {
    const isCrashed = () => this.#crashed;
    return async function* (...args: A) {
      for await (const item of list(...args)) {
        if (isCrashed()) await never();
        yield item;
      }
    };
  }

  account(inner: CopyAccount): CopyAccount {
    return {
      listBoards: this.#guardList(() => inner.listBoards()),
      getBoard: this.#guard((id: string) => inner.getBoard(id)),
      listBoardPins: this.#guardList((id: string) => inner.listBoardPins(id)),
      listSections: this.#guardList((id: string) => inner.listSections(id)),
      listSectionPins: this.#guardList((id: string, section: string) => inner.listSectionPins(id, section)),
      createBoard: this.#guard((input) => inner.createBoard(input)),
      createSection: this.#guard((id: string, input) => inner.createSection(id, input)),
      createPin: this.#guard((input) => inner.createPin(input)),
    };
  }

  journal(inner: JournalStore): JournalStore {
    return {
      load: () => inner.load(),
      append: (record) => (this.#crashed ? never() : inner.append(record)),
      close: () => inner.close(),
    };
  }
}
