import type { V3_SCOPES } from './v3-scopes.js';
import type { V5_SCOPES } from './v5-scopes.js';

type KnownScope = (typeof V5_SCOPES)[number] | (typeof V3_SCOPES)[number];

// v5: `components.securitySchemes.pinterest_oauth2` of the official description; v3: the
// quickstart's `--scopes help` text. The consent page shows them beside each requested scope.
const DESCRIPTIONS: Readonly<Record<KnownScope, string>> = {
  'ads:read': 'See all of your advertising data, including ads, ad groups, campaigns etc.',
  'ads:write': 'Create, update, or delete ads, ad groups, campaigns etc.',
  'billing:read': 'See all of your billing data, billing profile, etc.',
  'billing:write': 'Create, update, or delete billing data, billing profiles, etc.',
  'biz_access:read': 'See business access data',
  'biz_access:write': 'Create, update, or delete business access data',
  'boards:read': 'See your public boards, including group boards you join',
  'boards:read_secret': 'See your secret boards',
  'boards:write': 'Create, update, or delete your public boards',
  'boards:write_secret': 'Create, update, or delete your secret boards',
  'catalogs:read': 'See all of your catalogs data',
  'catalogs:write': 'Create, update, or delete your catalogs data',
  'msot:write': 'Create measurement source of truth events',
  'pins:read': 'See your public Pins',
  'pins:read_secret': 'See your secret Pins',
  'pins:write': 'Create, update, or delete your public Pins',
  'pins:write_secret': 'Create, update, or delete your secret Pins',
  'user_accounts:read': 'See your user accounts and followers',
  'user_accounts:write': 'Update your user accounts and followers',
  read_domains: "Get your website's most clicked Pins, see top saved Pins, etc.",
  read_boards: 'See all your boards (including secret and group boards)',
  write_boards: 'Create new boards and change board settings',
  read_pins: 'See all public Pins and comments',
  write_pins: 'Create new Pins',
  read_users: 'See public data about a user (including boards, following, profile)',
  write_users: "Change a user's following information",
  read_secret_boards: 'See secret boards',
  read_secret_pins: 'See secret pins',
  read_user_followers: "Access a user's follows and followers",
  write_user_followees: 'Follow things for a user',
  read_advertisers: "See a user's advertising profile and settings",
  write_advertisers: "Create and manage a user's advertising profile",
  read_campaigns: 'See data on ad campaigns, including spend, budget and performance',
  write_campaigns: 'Create and manage ad campaigns',
  read_merchants: "See a user's Catalog (shopping feed)",
  write_merchants: "Manage a user's Catalog (shopping feed)",
  read_pin_promotions: 'See ads and ad creatives',
  write_pin_promotions: 'Create and manage ads and ad creatives',
  read_organic: "See all of a user's public data.",
  write_organic: 'Create new Pins and boards, update public data',
  manage_organic: 'See, update, and add to public data',
  read_secret: 'See secret boards and secret Pins',
  read_ads: 'See data on ad campaigns, including spend, budget and performance',
  write_ads: 'Manage ad campaigns and see data including spend, budget and performance',
  manage_merchants: "See and manage a user's Catalog (shopping feed)",
};

/** What a v5 or v3 scope lets the app do; undefined for a scope neither version has. */
export function describeScope(scope: string): string | undefined {
  return Object.hasOwn(DESCRIPTIONS, scope) ? DESCRIPTIONS[scope as KnownScope] : undefined;
}
