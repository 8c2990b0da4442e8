import { Builtins } from 'clipanion';
import { AuthLogoutCommand } from './auth/auth-logout.js';
import { AuthStatusCommand } from './auth/auth-status.js';
import { GetAccessTokenCommand } from './auth/get-access-token.js';
import { RefreshAccessTokenCommand } from './auth/refresh-access-token.js';
import { RefreshExampleCommand } from './auth/refresh-example.js';
import { DemoCommand } from './demo.js';
import { GetBoardCommand } from './get-board.js';
import { GetPinCommand } from './get-pin.js';
import { GetUserBoardsCommand } from './get-user-boards.js';
import { GetUserPinsCommand } from './get-user-pins.js';
import { SimCommand } from './sim.js';
import { CopyBoardCommand } from './copy/copy-board.js';
import { CopyPinCommand } from './copy/copy-pin.js';
import { DeleteBoardCommand } from './copy/delete-board.js';
import { SavePinCommand } from './copy/save-pin.js';

/** Every command, registered explicitly so `pinkit --help` lists exactly these. */
export const commands = [
  Builtins.HelpCommand,
  Builtins.VersionCommand,
  GetAccessTokenCommand,
  RefreshAccessTokenCommand,
  RefreshExampleCommand,
  AuthStatusCommand,
  AuthLogoutCommand,
  GetPinCommand,
  GetBoardCommand,
  GetUserBoardsCommand,
  GetUserPinsCommand,
  SimCommand,
  DemoCommand,
  CopyPinCommand,
  SavePinCommand,
  CopyBoardCommand,
  DeleteBoardCommand,
];
