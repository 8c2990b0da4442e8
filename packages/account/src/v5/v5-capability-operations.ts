import type { V5OperationId } from '@pinkit/api-v5/operations';
import type { Capability } from '../account.js';

/**
 * The v5 operations each capability of an account calls, so that the scopes a capability needs
 * are read from the operations table, never written by hand. A string instead of operations: v5
 * has no such capability, and the string says what to use instead.
 */
export const V5_CAPABILITY_OPERATIONS: Readonly<Record<Capability, readonly V5OperationId[] | string>> = {
  getUserAccount: ['user_account/get'],
  listBoards: ['boards/list'],
  getBoard: ['boards/get'],
  listBoardPins: ['boards/list_pins'],
  listBoardSections: ['board_sections/list'],
  createBoard: ['boards/create'],
  deleteBoard: ['boards/delete'],
  createSection: ['board_sections/create'],
  getPin: ['pins/get'],
  listUserPins: ['pins/list'],
  createPin: ['pins/create'],
  savePin: ['pins/save'],
  updatePin: ['pins/update'],
  uploadVideo: ['media/create'],
  getMediaStatus: ['media/get'],
  copyAccount: [
    'boards/list',
    'boards/get',
    'boards/list_pins',
    'board_sections/list',
    'board_sections/list_pins',
    'boards/create',
    'board_sections/create',
    'pins/create',
  ],
  getCopyablePin: ['pins/get'],
  listAdAccounts: ['ad_accounts/list'],
  getAdAccount: ['ad_accounts/get'],
  listCampaigns: ['campaigns/list'],
  listAdGroups: ['ad_groups/list'],
  listAds: ['ads/list'],
  listLinkedBusinesses: ['linked_business_accounts/get'],
  getRelatedTerms: ['terms_related/list'],
  getSuggestedTerms: ['terms_suggested/list'],
  getUserAnalytics: ['user_account/analytics'],
  getPinAnalytics: ['pins/analytics'],
  getAdsAnalytics: ['ad_account/analytics', 'campaigns/analytics', 'ad_groups/analytics', 'ads/analytics'],
  listAdsChoices: ['ad_accounts/list', 'campaigns/list', 'ad_groups/list', 'ads/list'],
  runAdsReport: ['analytics/create_report', 'analytics/get_report'],
  listReportMetrics: 'use the report columns its documentation names',
  // Any operation: the scopes are the operation's own, which the caller reads from its table.
  request: [],
  requestPages: [],
};

/** v5's secret companions of the board and pin scopes. */
export const V5_SECRET_SCOPES: Readonly<Record<string, string>> = {
  'boards:read': 'boards:read_secret',
  'boards:write': 'boards:write_secret',
  'pins:read': 'pins:read_secret',
  'pins:write': 'pins:write_secret',
};
