import type { V3Scope } from '@pinkit/api-v3';
import type { Capability } from '../account.js';

const ADS_TREE: readonly V3Scope[] = ['read_users', 'read_advertisers', 'read_campaigns', 'read_pin_promotions'];

/**
 * The v3 scopes each capability needs, as the 2021 quickstart asked for them (v3 has no
 * machine-readable description to read them from). A string instead of scopes: v3 never had the
 * capability, and the string says what to use instead.
 */
export const V3_CAPABILITY_SCOPES: Readonly<Record<Capability, readonly V3Scope[] | string>> = {
  getUserAccount: ['read_users'],
  listBoards: ['read_boards'],
  getBoard: ['read_boards'],
  listBoardPins: ['read_boards', 'read_pins'],
  listBoardSections: ['read_boards'],
  createBoard: ['write_boards'],
  deleteBoard: ['read_boards', 'write_boards'],
  createSection: ['write_boards'],
  getPin: ['read_pins'],
  listUserPins: ['read_pins'],
  createPin: ['write_pins'],
  savePin: 'use API v5',
  updatePin: 'use API v5 (v3 documented no edit of a pin)',
  uploadVideo: 'use API v5 (v3 had no media uploads)',
  getMediaStatus: 'use API v5 (v3 had no media uploads)',
  copyAccount: ['read_boards', 'read_pins', 'write_boards', 'write_pins'],
  getCopyablePin: ['read_pins'],
  listAdAccounts: ['read_users', 'read_advertisers'],
  getAdAccount: ['read_users', 'read_advertisers'],
  listCampaigns: ['read_campaigns'],
  listAdGroups: ['read_campaigns'],
  listAds: ADS_TREE,
  listLinkedBusinesses: ['read_users', 'read_advertisers'],
  getRelatedTerms: 'use API v5',
  getSuggestedTerms: 'use API v5',
  getUserAnalytics: ['read_users'],
  getPinAnalytics: 'use API v5 (v3 had no Pin analytics)',
  getAdsAnalytics: ['read_advertisers', 'read_campaigns', 'read_pin_promotions'],
  listAdsChoices: ADS_TREE,
  runAdsReport: ['read_advertisers'],
  listReportMetrics: ['read_advertisers'],
  // Any operation: the scopes are the operation's own, which the caller reads from its table.
  request: [],
  requestPages: [],
};

/** v3's secret companions: v3 could read secret boards and pins, never write them apart. */
export const V3_SECRET_SCOPES: Readonly<Record<string, V3Scope>> = {
  read_boards: 'read_secret_boards',
  read_pins: 'read_secret_pins',
};
