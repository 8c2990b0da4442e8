/**
 * An object whose properties are made on first read and then kept. A client has some forty areas of
 * calls and a run reads one or two: making all of them (266 calls) cost every command's start-up.
 * The properties are enumerable, so spreading or listing the object still sees every one (and makes it).
 */
export function lazyProperties<T extends object>(keys: Iterable<string>, make: (key: string) => unknown): T {
  const target: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make(key);
        Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return target as T;
}
