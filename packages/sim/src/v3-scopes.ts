/**
 * Every OAuth scope of API v3, as the quickstart listed them (v3 has no machine-readable
 * description): granular scopes first, then the composite ones that stand for several.
 */
export const V3_SCOPES = [
  'read_domains',
  'read_boards',
  'write_boards',
  'read_pins',
  'write_pins',
  'read_users',
  'write_users',
  'read_secret_boards',
  'read_secret_pins',
  'read_user_followers',
  'write_user_followees',
  'read_advertisers',
  'write_advertisers',
  'read_campaigns',
  'write_campaigns',
  'read_merchants',
  'write_merchants',
  'read_pin_promotions',
  'write_pin_promotions',
  'read_organic',
  'write_organic',
  'manage_organic',
  'read_secret',
  'read_ads',
  'write_ads',
  'manage_merchants',
] as const;
