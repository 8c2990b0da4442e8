export { startSimulator } from './start-simulator.js';
export { SimulatorOptionsError } from './simulator-options-error.js';
export type { SimulatorOptions } from './simulator-options.js';
export type { BusinessAccessRole, Simulator, SimulatorStats, SimUser } from './simulator.js';
export type { ConsentUser, KnobSettings } from './core/knobs.js';
export type { ReportOutcome } from './analytics/report-records.js';
export type { RateLimitSetting } from './core/rate-limit-rules.js';
