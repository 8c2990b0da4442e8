import { InputError } from '../output/describe-error.js';
import { refuseTokenAsName } from '../base/refuse-token-as-name.js';

export interface CopyBoardFlags {
  boardId: string | undefined;
  name: string | undefined;
  all: boolean;
  sourceToken: string | undefined;
  targetToken: string | undefined;
  /** `-a`, which has a default; only a value other than the default counts as given. */
  accessToken: string;
  defaultAccessToken: string;
}

/** What to copy and with which token names, once the flags are known to make sense. */
export interface CopyBoardRequest {
  selection: { all: true } | { boardId: string; name: string | undefined };
  sourceToken: string;
  /** Equal to sourceToken for a copy within one account. */
  targetToken: string;
}

/**
 * The quickstart's argument rules for copy_board: three uses (`-b ID -n NAME` in one account,
 * `-b ID -s SRC -t DST` across accounts, `--all -s SRC -t DST`), every other mix refused before
 * anything is read. Whether two token names belong to one user is checked later, once the
 * accounts are read.
 */
export function copyBoardRequest(flags: CopyBoardFlags): CopyBoardRequest {
  const { boardId, name, all, sourceToken, targetToken } = flags;
  refuseTokenAsName(sourceToken, '-s/--source-access-token');
  refuseTokenAsName(targetToken, '-t/--target-access-token');
  const genericToken = flags.accessToken !== flags.defaultAccessToken;
  if (all && boardId !== undefined) throw new InputError('Give either -b/--board-id or --all, not both.');
  if (!all && (boardId === undefined || boardId.trim() === '')) {
    throw new InputError('Missing -b/--board-id: which board to copy (or --all to copy every board).');
  }
  if (all && name !== undefined) throw new InputError('-n/--name names one new board; it cannot be used with --all.');
  if (name !== undefined && name.trim() === '') throw new InputError('-n/--name must not be empty.');
  if (genericToken && (sourceToken !== undefined || targetToken !== undefined)) {
    throw new InputError('-a/--access-token cannot be used with -s or -t; name the source token with -s and the target token with -t.');
  }
  if (targetToken !== undefined && sourceToken === undefined) {
    throw new InputError('-t/--target-access-token needs -s/--source-access-token too: name the account to copy from.');
  }
  if (targetToken === undefined) {
    if (all) throw new InputError('--all copies every board into another account: give -s SOURCE_TOKEN and -t TARGET_TOKEN.');
    if (name === undefined) {
      throw new InputError(
        'Copying a board within one account needs -n/--name for the new board (or -s and -t to copy it to another account).',
      );
    }
  }
  const source = sourceToken ?? flags.accessToken;
  return {
    selection: all ? { all: true } : { boardId: (boardId ?? '').trim(), name },
    sourceToken: source,
    targetToken: targetToken ?? source,
  };
}
