// The `@pinkit/account/scopes` entry: data only, so a front-end can ask which scopes a capability
// needs (for a browser sign-in) and refuse a capability its version lacks before it asks for a
// token, without loading any API client.
import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';
import { V5_OPERATIONS, V5_SCOPES, type V5OperationId } from '@pinkit/api-v5/operations';
import type { ApiVersion, Capability } from './account.js';
import { UnsupportedCapabilityError } from './capability-errors.js';
import { V3_CAPABILITY_SCOPES, V3_SECRET_SCOPES } from './v3/v3-capability-scopes.js';
import { V5_CAPABILITY_OPERATIONS, V5_SECRET_SCOPES } from './v5/v5-capability-operations.js';

export { UnsupportedCapabilityError } from './capability-errors.js';
export type { ApiVersion, Capability } from './account.js';

const VERSIONS = [5, 3] as const;
const CAPABILITIES = Object.keys(V5_CAPABILITY_OPERATIONS) as Capability[];

function checkVersion(check: ArgumentChecks, version: unknown): void {
  check.oneOf(version, 'version', VERSIONS);
}

function checkCapabilities(check: ArgumentChecks, capabilities: readonly unknown[], argument: string): void {
  capabilities.forEach((capability, index) => check.oneOf(capability, `${argument}[${index}]`, CAPABILITIES));
}

const ofSupports = argumentsOf('supports');
const ofRefuseUnsupported = argumentsOf('refuseUnsupported');
const ofScopesFor = argumentsOf('scopesFor');
const ofGrantedScopes = argumentsOf('grantedScopes');

export interface ScopeOptions {
  /** Secret boards and pins too: each read or write scope with its `_secret` companion. */
  secret?: boolean;
}

/** Whether an account of `version` has `capability`; `refuseUnsupported` says why not. */
export function supports(version: ApiVersion, capability: Capability): boolean {
  checkVersion(ofSupports, version);
  ofSupports.oneOf(capability, 'capability', CAPABILITIES);
  return typeof (version === 5 ? V5_CAPABILITY_OPERATIONS : V3_CAPABILITY_SCOPES)[capability] !== 'string';
}

/** Throws `UnsupportedCapabilityError` for the first of `capabilities` that `version` lacks. */
export function refuseUnsupported(version: ApiVersion, ...capabilities: Capability[]): void {
  checkVersion(ofRefuseUnsupported, version);
  checkCapabilities(ofRefuseUnsupported, capabilities, 'capabilities');
  for (const capability of capabilities) {
    if (supports(version, capability)) continue;
    const instead = (version === 5 ? V5_CAPABILITY_OPERATIONS : V3_CAPABILITY_SCOPES)[capability] as string;
    throw new UnsupportedCapabilityError(version, capability, instead);
  }
}

/**
 * The OAuth scopes an account of `version` needs for all of `capabilities`: on v5 in the order
 * v5 lists its scopes, on v3 in the order the capabilities name them. v5's come from its operations table; v3, which has no machine-readable
 * description, from the table in src/v3/. A capability the version lacks is refused
 * (`UnsupportedCapabilityError`), so asking for scopes is also the check before a sign-in.
 */
export function scopesFor(version: ApiVersion, capabilities: readonly Capability[], options: ScopeOptions = {}): string[] {
  checkVersion(ofScopesFor, version);
  checkCapabilities(ofScopesFor, ofScopesFor.array(capabilities, 'capabilities', { maxLength: CAPABILITIES.length * 2 }), 'capabilities');
  ofScopesFor.boolean(ofScopesFor.object(options, 'options').secret, 'options.secret', { optional: true });
  refuseUnsupported(version, ...capabilities);
  const wanted = new Set<string>();
  for (const capability of capabilities) {
    const scopes =
      version === 5
        ? (V5_CAPABILITY_OPERATIONS[capability] as readonly V5OperationId[]).flatMap((operation) => [...V5_OPERATIONS[operation].scopes])
        : (V3_CAPABILITY_SCOPES[capability] as readonly string[]);
    for (const scope of scopes) wanted.add(scope);
  }
  const secret: Readonly<Record<string, string>> = version === 5 ? V5_SECRET_SCOPES : V3_SECRET_SCOPES;
  if (options.secret) for (const scope of [...wanted]) if (secret[scope]) wanted.add(secret[scope]);
  return version === 5 ? V5_SCOPES.map((entry) => entry.scope).filter((scope) => wanted.has(scope)) : [...wanted];
}

/**
 * What a list of scopes grants on `version`: v3's composites (`read_organic`) stand for several
 * granular scopes, v5's scopes for themselves. v3's table loads here, on first use.
 */
export async function grantedScopes(version: ApiVersion): Promise<(scopes: readonly string[]) => string[]> {
  checkVersion(ofGrantedScopes, version);
  if (version === 5) return (scopes) => [...scopes];
  const { grantedV3Scopes } = await import('@pinkit/api-v3');
  return grantedV3Scopes;
}
