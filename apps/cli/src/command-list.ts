import type { CommandClass } from 'clipanion';

/** Loads one command's module and answers its class; nothing is imported until a command runs. */
export type CommandLoader = () => Promise<CommandClass>;

/**
 * Every command, one line each, in the order of `pinkit --help`'s sources. Each is a dynamic import
 * so that the bundle (scripts/bundle.mjs) puts it in a chunk of its own and `pinkit get-pin`
 * reads get-pin's code only. What `pinkit --help` and the command lookup need (paths, category,
 * description) is read from these classes at build time into dist/command-manifest.json
 * (scripts/write-command-manifest.mjs), entry for entry.
 */
export const commandList: readonly CommandLoader[] = [
  async () => (await import('./commands/get-access-token.js')).GetAccessTokenCommand,
  async () => (await import('./commands/refresh-access-token.js')).RefreshAccessTokenCommand,
  async () => (await import('./commands/refresh-example.js')).RefreshExampleCommand,
  async () => (await import('./commands/auth/status.js')).AuthStatusCommand,
  async () => (await import('./commands/auth/token.js')).AuthTokenCommand,
  async () => (await import('./commands/auth/logout.js')).AuthLogoutCommand,
  async () => (await import('./commands/doctor.js')).DoctorCommand,
  async () => (await import('./commands/get-pin.js')).GetPinCommand,
  async () => (await import('./commands/get-board.js')).GetBoardCommand,
  async () => (await import('./commands/get-user-boards.js')).GetUserBoardsCommand,
  async () => (await import('./commands/get-user-pins.js')).GetUserPinsCommand,
  async () => (await import('./commands/sim.js')).SimCommand,
  async () => (await import('./commands/demo.js')).DemoCommand,
  async () => (await import('./commands/copy-pin.js')).CopyPinCommand,
  async () => (await import('./commands/save-pin.js')).SavePinCommand,
  async () => (await import('./commands/update-pin.js')).UpdatePinCommand,
  async () => (await import('./commands/copy-board.js')).CopyBoardCommand,
  async () => (await import('./commands/publish.js')).PublishCommand,
  async () => (await import('./commands/delete-board.js')).DeleteBoardCommand,
  async () => (await import('./commands/get-ads.js')).GetAdsCommand,
  async () => (await import('./commands/get-businesses.js')).GetBusinessesCommand,
  async () => (await import('./commands/get-terms.js')).GetTermsCommand,
  async () => (await import('./commands/get-analytics.js')).GetAnalyticsCommand,
  async () => (await import('./commands/ads-report.js')).AdsReportCommand,
  async () => (await import('./commands/analytics-api-example.js')).AnalyticsApiExampleCommand,
  async () => (await import('./commands/api.js')).ApiCallCommand,
  async () => (await import('./commands/mcp.js')).McpCommand,
];
