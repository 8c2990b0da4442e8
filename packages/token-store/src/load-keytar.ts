/** The part of keytar pinkit uses; tests pass their own. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

/**
 * Imports keytar on first use, never at module load: it is an optional dependency whose native
 * module only exists where libsecret (Linux) was there to build it, and loading it must not
 * break programs that never touch the keychain.
 */
export async function loadKeytar(): Promise<KeytarLike> {
  // A variable specifier keeps TypeScript and bundlers from requiring keytar to be present.
  const specifier = 'keytar';
  const loaded: unknown = await import(specifier);
  const candidate = isKeytar(loaded) ? loaded : (loaded as { default?: unknown }).default;
  if (!isKeytar(candidate)) throw new TypeError('the keytar module does not have the expected functions');
  return candidate;
}

function isKeytar(value: unknown): value is KeytarLike {
  if (typeof value !== 'object' || value === null) return false;
  const methods = ['getPassword', 'setPassword', 'deletePassword', 'findCredentials'];
  return methods.every((method) => typeof (value as Record<string, unknown>)[method] === 'function');
}
