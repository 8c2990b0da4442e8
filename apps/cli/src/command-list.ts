import { Builtins } from 'clipanion';
import { AuthLogoutCommand } from './commands/auth/logout.js';
import { AuthStatusCommand } from './commands/auth/status.js';
import { AuthTokenCommand } from './commands/auth/token.js';
import { GetAccessTokenCommand } from './commands/get-access-token.js';
import { RefreshAccessTokenCommand } from './commands/refresh-access-token.js';
import { RefreshExampleCommand } from './commands/refresh-example.js';
import { DemoCommand } from './commands/demo.js';
import { GetAdsCommand } from './commands/get-ads.js';
import { GetBoardCommand } from './commands/get-board.js';
import { GetBusinessesCommand } from './commands/get-businesses.js';
import { GetPinCommand } from './commands/get-pin.js';
import { GetTermsCommand } from './commands/get-terms.js';
import { GetUserBoardsCommand } from './commands/get-user-boards.js';
import { GetUserPinsCommand } from './commands/get-user-pins.js';
import { SimCommand } from './commands/sim.js';
import { CopyBoardCommand } from './commands/copy-board.js';
import { CopyPinCommand } from './commands/copy-pin.js';
import { DeleteBoardCommand } from './commands/delete-board.js';
import { SavePinCommand } from './commands/save-pin.js';
import { UpdatePinCommand } from './commands/update-pin.js';
import { GetAnalyticsCommand } from './commands/get-analytics.js';
import { AdsReportCommand } from './commands/ads-report.js';
import { AnalyticsApiExampleCommand } from './commands/analytics-api-example.js';

/** Every command, registered explicitly so `pinkit --help` lists exactly these. */
export const commands = [
  Builtins.HelpCommand,
  Builtins.VersionCommand,
  GetAccessTokenCommand,
  RefreshAccessTokenCommand,
  RefreshExampleCommand,
  AuthStatusCommand,
  AuthTokenCommand,
  AuthLogoutCommand,
  GetPinCommand,
  GetBoardCommand,
  GetUserBoardsCommand,
  GetUserPinsCommand,
  SimCommand,
  DemoCommand,
  CopyPinCommand,
  SavePinCommand,
  UpdatePinCommand,
  CopyBoardCommand,
  DeleteBoardCommand,
  GetAdsCommand,
  GetBusinessesCommand,
  GetTermsCommand,
  GetAnalyticsCommand,
  AdsReportCommand,
  AnalyticsApiExampleCommand,
];
