/**
 * The account methods publishing calls, by their capability names in `@pinkit/account`: what
 * `publishAccountOf` needs of an account, and what a front-end asks a sign-in for.
 */
export const PUBLISH_ACCOUNT_METHODS = [
  'listBoards',
  'createBoard',
  'listBoardSections',
  'createSection',
  'createPin',
  'listBoardPins',
  'uploadVideo',
  'getMediaStatus',
] as const;
