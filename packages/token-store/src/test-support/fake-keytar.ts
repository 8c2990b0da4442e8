import type { KeytarLike } from '../load-keytar.js';

/** A keytar over a Map, keyed "service/account"; `calls` counts every call that reached it. */
export function createFakeKeytar(): KeytarLike & { secrets: Map<string, string>; calls: number } {
  const secrets = new Map<string, string>();
  const fake = {
    secrets,
    calls: 0,
    async getPassword(service: string, account: string) {
      fake.calls += 1;
      return secrets.get(`${service}/${account}`) ?? null;
    },
    async setPassword(service: string, account: string, password: string) {
      fake.calls += 1;
      secrets.set(`${service}/${account}`, password);
    },
    async deletePassword(service: string, account: string) {
      fake.calls += 1;
      return secrets.delete(`${service}/${account}`);
    },
    async findCredentials(service: string) {
      fake.calls += 1;
      return [...secrets]
        .filter(([key]) => key.startsWith(`${service}/`))
        .map(([key, password]) => ({ account: key.slice(service.length + 1), password }));
    },
  };
  return fake;
}

/** A keytar whose every call waits forever, like libsecret with a D-Bus session nobody answers. */
export function createHangingKeytar(): KeytarLike & { calls: number } {
  const hanging = {
    calls: 0,
    getPassword: () => hang<string | null>(),
    setPassword: () => hang<void>(),
    deletePassword: () => hang<boolean>(),
    findCredentials: () => hang<Array<{ account: string; password: string }>>(),
  };
  function hang<T>(): Promise<T> {
    hanging.calls += 1;
    return new Promise<T>(() => undefined);
  }
  return hanging;
}
