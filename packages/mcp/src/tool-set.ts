// Which tools a server offers: reads always; writes with allowWrites; deletion with
// allowDestructive (which implies writes). Nothing that spends ad budget exists here at all.
import type { z } from 'zod';
import { checkToolCapabilitiesArguments, checkToolSetArguments } from './check-mcp-options.js';
import type { ToolSpec } from './tool-kit.js';
import { getAdsTree } from './tools/ads-tools.js';
import { getPinAnalytics, getUserAnalytics } from './tools/analytics-tools.js';
import { copyBoardTool, type CopyPlaces } from './tools/copy-board-tool.js';
import { deleteBoard } from './tools/delete-board-tool.js';
import { getBoard, getPin, listBoardPins, listBoards, listUserPins, whoami } from './tools/read-tools.js';
import { getRelatedTerms, getSuggestedTerms } from './tools/terms-tools.js';
import { createBoard, createPin, savePin, updatePin } from './tools/write-tools.js';

export interface ToolPermissions {
  /** Adds create_board, create_pin, save_pin, update_pin and copy_board. */
  allowWrites?: boolean;
  /** Adds delete_board, and the write tools with it. */
  allowDestructive?: boolean;
  /**
   * Whether the account has a method (`getPinAnalytics`); a tool needing one it lacks is left out,
   * as API v3 lacks some. Default: every method.
   */
  supports?(capability: string): boolean;
}

/** Every account method the tools of `permissions` call, for the scopes a sign-in asks for. */
export function toolCapabilities(permissions: ToolPermissions): string[] {
  checkToolCapabilitiesArguments(permissions);
  return [...new Set(toolSet(permissions, { journalPath: () => '' }).flatMap((tool) => tool.needs))];
}

type AnyTool = ToolSpec<z.ZodRawShape>;

export function toolSet(permissions: ToolPermissions, places: CopyPlaces): AnyTool[] {
  checkToolSetArguments(permissions, places);
  const reads = [whoami, listBoards, getBoard, listBoardPins, listUserPins, getPin, getUserAnalytics, getPinAnalytics, getAdsTree];
  const tools: AnyTool[] = [...reads, getRelatedTerms, getSuggestedTerms] as AnyTool[];
  const writes = permissions.allowWrites || permissions.allowDestructive;
  if (writes) tools.push(...([createBoard, createPin, savePin, updatePin, copyBoardTool(places)] as AnyTool[]));
  if (permissions.allowDestructive) tools.push(deleteBoard as AnyTool);
  const supports = permissions.supports ?? (() => true);
  return tools.filter((tool) => tool.needs.every((capability) => supports(capability)));
}
