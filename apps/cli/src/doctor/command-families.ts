import type { Capability } from '@pinkit/account';

/** The CLI's commands grouped by what they ask of a token, with the capabilities each group calls. */
export const COMMAND_FAMILIES: ReadonlyArray<{ family: string; commands: string; capabilities: readonly Capability[] }> = [
  {
    family: 'reading',
    commands: 'get-pin, get-board, get-user-boards, get-user-pins',
    capabilities: ['getUserAccount', 'getPin', 'getBoard', 'listBoards', 'listBoardPins', 'listBoardSections', 'listUserPins'],
  },
  {
    family: 'writing',
    commands: 'save-pin, update-pin, copy-pin, copy-board, delete-board',
    capabilities: ['savePin', 'updatePin', 'getCopyablePin', 'createPin', 'createBoard', 'createSection', 'deleteBoard'],
  },
  {
    family: 'ads',
    commands: 'get-ads, get-businesses, ads-report',
    capabilities: ['listAdAccounts', 'getAdAccount', 'listCampaigns', 'listAdGroups', 'listAds', 'listLinkedBusinesses', 'runAdsReport'],
  },
  { family: 'analytics', commands: 'get-analytics', capabilities: ['getUserAnalytics', 'getPinAnalytics', 'getAdsAnalytics'] },
  { family: 'terms', commands: 'get-terms', capabilities: ['getRelatedTerms', 'getSuggestedTerms'] },
];
