import { argumentsOf, type ArgumentChecks } from '@pinkit/arguments';
import type { Account, AnyAccount, Capability } from './account.js';
import {
  ADS_LEVELS,
  checkId,
  checkIdList,
  checkNames,
  checkOptionalId,
  checkPageOptions,
  checkRange,
  checkWord,
  NAME,
  TEXT,
} from './account-checks.js';
import { checkNewPin, checkPinChanges } from './pin-checks.js';
import { supports } from './scopes.js';
import { V5_CAPABILITY_OPERATIONS } from './v5/v5-capability-operations.js';

// Every method of an account checks its arguments here, once for both versions, before the
// version's adapter sees them: a wrong type is an ArgumentError naming the method and the
// argument, not a TypeError from deep inside a client, and nothing is sent. Methods that return a
// promise reject; those that return a listing throw at once, as they send nothing until read.

/** One set of checks per method, made once, each naming its method in what it throws. */
const CAPABILITY_NAMES = Object.keys(V5_CAPABILITY_OPERATIONS) as Capability[];
const CHECKS = Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, argumentsOf(name)])) as {
  readonly [C in Capability]: ArgumentChecks;
};

const HTTP_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;
const BOARD_PRIVACY = ['PUBLIC', 'SECRET', 'PROTECTED'] as const;
/** A report waits at most this long, whatever a caller asks: a day. */
const MAX_REPORT_WAIT_MS = 24 * 60 * 60 * 1000;

function checkBoardList(check: ArgumentChecks, value: unknown): void {
  const options = checkPageOptions(check, value);
  check.boolean(options?.includeEmpty, 'options.includeEmpty', { optional: true });
  check.boolean(options?.includeArchived, 'options.includeArchived', { optional: true });
}

function checkAdTreeFilter(check: ArgumentChecks, value: unknown): void {
  const filter = check.object(value, 'filter', { optional: true });
  if (!filter) return;
  checkIdList(check, filter.campaignIds, 'filter.campaignIds');
  checkIdList(check, filter.adGroupIds, 'filter.adGroupIds');
  checkIdList(check, filter.adIds, 'filter.adIds');
}

/** The ids of the levels above `level` are needed; the others are optional. */
function checkAdsIds(check: ArgumentChecks, level: unknown, value: unknown, accountNeeded: boolean): void {
  const at = check.oneOf(level, 'level', ADS_LEVELS);
  const ids = check.object(value, 'ids');
  const depth = ADS_LEVELS.indexOf(at);
  const fields = ['adAccountId', 'campaignId', 'adGroupId', 'adId'] as const;
  fields.forEach((field, index) => {
    const needed = accountNeeded ? index <= depth : index < depth;
    if (needed) checkId(check, ids[field], `ids.${field}`);
    else checkOptionalId(check, ids[field], `ids.${field}`);
  });
}

function checkRawRequest(check: ArgumentChecks, value: unknown): void {
  const request = check.object(value, 'request');
  check.oneOf(request.method, 'request.method', HTTP_METHODS);
  check.string(request.path, 'request.path', {
    singleLine: true,
    maxLength: 2_048,
    pattern: { test: /^\/\S*$/, says: 'a path starting with /, without spaces' },
  });
  const query = check.object(request.query, 'request.query', { optional: true });
  for (const [name, item] of Object.entries(query ?? {})) {
    check.string(item, `request.query.${name}`, { allowEmpty: true, singleLine: true, maxLength: 2_048 });
  }
  check.string(request.operationId, 'request.operationId', { singleLine: true, maxLength: 200, optional: true });
}

function checkReportRequest(check: ArgumentChecks, value: unknown): void {
  const request = checkRange(check, value, 'request');
  checkWord(check, request.granularity, 'request.granularity');
  checkWord(check, request.level, 'request.level');
  checkNames(check, request.columns, 'request.columns');
  checkWord(check, request.format, 'request.format');
}

/** `account` with every method checking its arguments first; the adapters trust what reaches them. */
export function checkedAccount<A extends AnyAccount>(account: A): A {
  const inner: Account = account;
  const c = CHECKS;
  const checked: Account = {
    ...inner,
    listBoards: (options) => (checkBoardList(c.listBoards, options), inner.listBoards(options)),
    getBoard: async (boardId) => (checkId(c.getBoard, boardId, 'boardId'), inner.getBoard(boardId)),
    listBoardPins: (boardId, options) => {
      checkId(c.listBoardPins, boardId, 'boardId');
      checkPageOptions(c.listBoardPins, options);
      return inner.listBoardPins(boardId, options);
    },
    listBoardSections: (boardId, options) => {
      checkId(c.listBoardSections, boardId, 'boardId');
      checkPageOptions(c.listBoardSections, options);
      return inner.listBoardSections(boardId, options);
    },
    createBoard: async (board) => {
      const fields = c.createBoard.object(board, 'board');
      c.createBoard.string(fields.name, 'board.name', NAME);
      c.createBoard.string(fields.description, 'board.description', { ...TEXT, optional: true });
      c.createBoard.oneOf(fields.privacy, 'board.privacy', BOARD_PRIVACY, { optional: true });
      return inner.createBoard(board);
    },
    deleteBoard: async (boardId) => (checkId(c.deleteBoard, boardId, 'boardId'), inner.deleteBoard(boardId)),
    createSection: async (boardId, section) => {
      checkId(c.createSection, boardId, 'boardId');
      c.createSection.string(c.createSection.object(section, 'section').name, 'section.name', NAME);
      return inner.createSection(boardId, section);
    },
    getPin: async (pinId) => (checkId(c.getPin, pinId, 'pinId'), inner.getPin(pinId)),
    listUserPins: (options) => (checkPageOptions(c.listUserPins, options), inner.listUserPins(options)),
    createPin: async (pin) => (checkNewPin(c.createPin, pin), inner.createPin(pin)),
    savePin: async (pinId, target) => {
      checkId(c.savePin, pinId, 'pinId');
      const fields = c.savePin.object(target, 'target');
      checkId(c.savePin, fields.boardId, 'target.boardId');
      checkOptionalId(c.savePin, fields.sectionId, 'target.sectionId');
      return inner.savePin(pinId, target);
    },
    updatePin: async (pinId, changes) => {
      checkId(c.updatePin, pinId, 'pinId');
      checkPinChanges(c.updatePin, changes);
      return inner.updatePin(pinId, changes);
    },
    uploadVideo: async (file, filename) => {
      if (!(file instanceof Blob)) c.uploadVideo.fail('file', 'a Blob (or File)', file);
      c.uploadVideo.string(filename, 'filename', { singleLine: true, maxLength: 255 });
      return inner.uploadVideo(file, filename);
    },
    getMediaStatus: async (mediaId) => (checkId(c.getMediaStatus, mediaId, 'mediaId'), inner.getMediaStatus(mediaId)),
    copyAccount: (options) => {
      const fields = checkPageOptions(c.copyAccount, options);
      c.copyAccount.function(fields?.uploadVideo, 'options.uploadVideo', { optional: true });
      return inner.copyAccount(options);
    },
    getCopyablePin: async (pinId) => (checkId(c.getCopyablePin, pinId, 'pinId'), inner.getCopyablePin(pinId)),
    listAdAccounts: (options) => (checkPageOptions(c.listAdAccounts, options), inner.listAdAccounts(options)),
    getAdAccount: async (adAccountId) => (checkId(c.getAdAccount, adAccountId, 'adAccountId'), inner.getAdAccount(adAccountId)),
    listCampaigns: (adAccountId, filter) => {
      checkId(c.listCampaigns, adAccountId, 'adAccountId');
      checkAdTreeFilter(c.listCampaigns, filter);
      return inner.listCampaigns(adAccountId, filter);
    },
    listAdGroups: (adAccountId, filter) => {
      checkId(c.listAdGroups, adAccountId, 'adAccountId');
      checkAdTreeFilter(c.listAdGroups, filter);
      return inner.listAdGroups(adAccountId, filter);
    },
    listAds: (adAccountId, filter) => {
      checkId(c.listAds, adAccountId, 'adAccountId');
      checkAdTreeFilter(c.listAds, filter);
      return inner.listAds(adAccountId, filter);
    },
    getRelatedTerms: async (terms) => (checkNames(c.getRelatedTerms, terms, 'terms'), inner.getRelatedTerms(terms)),
    getSuggestedTerms: async (term, limit) => {
      c.getSuggestedTerms.string(term, 'term', { singleLine: true, maxLength: 1_000 });
      c.getSuggestedTerms.integer(limit, 'limit', { optional: true, min: 1, max: 100 });
      return inner.getSuggestedTerms(term, limit);
    },
    getUserAnalytics: async (range, metrics, adAccountId) => {
      checkRange(c.getUserAnalytics, range, 'range');
      checkNames(c.getUserAnalytics, metrics, 'metrics');
      checkOptionalId(c.getUserAnalytics, adAccountId, 'adAccountId');
      return inner.getUserAnalytics(range, metrics, adAccountId);
    },
    getPinAnalytics: async (pinId, range, metrics) => {
      checkId(c.getPinAnalytics, pinId, 'pinId');
      checkRange(c.getPinAnalytics, range, 'range');
      checkNames(c.getPinAnalytics, metrics, 'metrics');
      return inner.getPinAnalytics(pinId, range, metrics);
    },
    getAdsAnalytics: async (level, ids, query) => {
      checkAdsIds(c.getAdsAnalytics, level, ids, true);
      const fields = checkRange(c.getAdsAnalytics, query, 'query');
      checkWord(c.getAdsAnalytics, fields.granularity, 'query.granularity');
      checkNames(c.getAdsAnalytics, fields.columns, 'query.columns');
      return inner.getAdsAnalytics(level, ids, query);
    },
    listAdsChoices: (level, ids) => (checkAdsIds(c.listAdsChoices, level, ids, false), inner.listAdsChoices(level, ids)),
    runAdsReport: async (adAccountId, request, options) => {
      checkId(c.runAdsReport, adAccountId, 'adAccountId');
      checkReportRequest(c.runAdsReport, request);
      const fields = c.runAdsReport.object(options, 'options', { optional: true });
      c.runAdsReport.function(fields?.onProgress, 'options.onProgress', { optional: true });
      c.runAdsReport.integer(fields?.timeoutMs, 'options.timeoutMs', { optional: true, min: 1, max: MAX_REPORT_WAIT_MS });
      return inner.runAdsReport(adAccountId, request, options ?? {});
    },
    request: async (request) => (checkRawRequest(c.request, request), inner.request(request)),
    requestPages: (request) => (checkRawRequest(c.requestPages, request), inner.requestPages(request)),
  };
  // A capability the version lacks is refused as such (UnsupportedCapabilityError) whatever it is given.
  for (const capability of CAPABILITY_NAMES) {
    if (!supports(inner.version, capability)) Object.assign(checked, { [capability]: inner[capability] });
  }
  return checked as A;
}
