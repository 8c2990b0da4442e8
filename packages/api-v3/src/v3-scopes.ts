import { argumentsOf } from '@pinkit/arguments';
/** One OAuth scope of API v3 and what it lets the app do. */
export interface V3ScopeInfo {
  readonly scope: string;
  readonly description: string;
  /** A scope that stands for several granular ones (`read_organic`, `write_ads`, ...). */
  readonly composite?: boolean;
  /** The granular scopes a composite grants. */
  readonly includes?: readonly string[];
}

// Pinterest never listed what each composite grants; these are read from the composites' own
// descriptions ("See all of a user's public data" is every granular read of public data).
const READ_ORGANIC = ['read_domains', 'read_boards', 'read_pins', 'read_users', 'read_user_followers'] as const;
const WRITE_ORGANIC = ['write_boards', 'write_pins', 'write_users', 'write_user_followees'] as const;
const READ_ADS = ['read_advertisers', 'read_campaigns', 'read_pin_promotions'] as const;
const WRITE_ADS = ['write_advertisers', 'write_campaigns', 'write_pin_promotions'] as const;

// v3 has no machine-readable description: this is the quickstart's v3 `Scope` enum with the help
// text of `get_access_token -v 3 --scopes help`, granular scopes first, then the composites.
const SCOPES = [
  { scope: 'read_domains', description: "Get your website's most clicked Pins, see top saved Pins, etc." },
  { scope: 'read_boards', description: 'See all your boards (including secret and group boards)' },
  { scope: 'write_boards', description: 'Create new boards and change board settings' },
  { scope: 'read_pins', description: 'See all public Pins and comments' },
  { scope: 'write_pins', description: 'Create new Pins' },
  { scope: 'read_users', description: 'See public data about a user (including boards, following, profile)' },
  { scope: 'write_users', description: "Change a user's following information" },
  { scope: 'read_secret_boards', description: 'See secret boards' },
  { scope: 'read_secret_pins', description: 'See secret pins' },
  { scope: 'read_user_followers', description: "Access a user's follows and followers" },
  { scope: 'write_user_followees', description: 'Follow things for a user' },
  { scope: 'read_advertisers', description: "See a user's advertising profile and settings" },
  { scope: 'write_advertisers', description: "Create and manage a user's advertising profile" },
  { scope: 'read_campaigns', description: 'See data on ad campaigns, including spend, budget and performance' },
  { scope: 'write_campaigns', description: 'Create and manage ad campaigns' },
  { scope: 'read_merchants', description: "See a user's Catalog (shopping feed)" },
  { scope: 'write_merchants', description: "Manage a user's Catalog (shopping feed)" },
  { scope: 'read_pin_promotions', description: 'See ads and ad creatives' },
  { scope: 'write_pin_promotions', description: 'Create and manage ads and ad creatives' },
  { scope: 'read_organic', description: "See all of a user's public data.", composite: true, includes: READ_ORGANIC },
  { scope: 'write_organic', description: 'Create new Pins and boards, update public data', composite: true, includes: WRITE_ORGANIC },
  {
    scope: 'manage_organic',
    description: 'See, update, and add to public data',
    composite: true,
    includes: [...READ_ORGANIC, ...WRITE_ORGANIC],
  },
  {
    scope: 'read_secret',
    description: 'See secret boards and secret Pins',
    composite: true,
    includes: ['read_secret_boards', 'read_secret_pins'],
  },
  {
    scope: 'read_ads',
    description: 'See data on ad campaigns, including spend, budget and performance',
    composite: true,
    includes: READ_ADS,
  },
  {
    scope: 'write_ads',
    description: 'Manage ad campaigns and see data including spend, budget and performance',
    composite: true,
    includes: [...READ_ADS, ...WRITE_ADS],
  },
  {
    scope: 'manage_merchants',
    description: "See and manage a user's Catalog (shopping feed)",
    composite: true,
    includes: ['read_merchants', 'write_merchants'],
  },
] as const;

/** One of the 26 OAuth scopes of API v3. */
export type V3Scope = (typeof SCOPES)[number]['scope'];

/** Every OAuth scope of API v3 with what it allows; `composite` marks those that stand for several. */
export const V3_SCOPES: readonly (V3ScopeInfo & { readonly scope: V3Scope })[] = SCOPES;

const known = new Set<string>(SCOPES.map((info) => info.scope));

/** Whether `scope` is a v3 scope; narrows a user's input. */
export function isV3Scope(scope: string): scope is V3Scope {
  return known.has(scope);
}

const includes = new Map<string, readonly string[]>(
  V3_SCOPES.map((info): [string, readonly string[]] => [info.scope, info.includes ?? []]),
);

/**
 * The granular scopes that `scopes` grant: each composite stands for what it includes, kept
 * beside it (a route may ask for the composite itself). Order kept, no duplicates.
 */
export function grantedV3Scopes(scopes: readonly string[]): string[] {
  const check = argumentsOf('grantedV3Scopes');
  check.array(scopes, 'scopes', { maxLength: 1000 });
  scopes.forEach((scope, index) => check.string(scope, `scopes[${index}]`, { maxLength: 100 }));
  return [...new Set(scopes.flatMap((scope) => [scope, ...(includes.get(scope) ?? [])]))];
}
