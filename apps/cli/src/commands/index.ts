import { Builtins } from 'clipanion';
import { DemoCommand } from './demo.js';
import { GetBoardCommand } from './get-board.js';
import { GetPinCommand } from './get-pin.js';
import { GetUserBoardsCommand } from './get-user-boards.js';
import { GetUserPinsCommand } from './get-user-pins.js';
import { SimCommand } from './sim.js';

/** Every command, registered explicitly so `pinkit --help` lists exactly these. */
export const commands = [
  Builtins.HelpCommand,
  Builtins.VersionCommand,
  GetPinCommand,
  GetBoardCommand,
  GetUserBoardsCommand,
  GetUserPinsCommand,
  SimCommand,
  DemoCommand,
];
