export { ArgumentError } from './argument-error.js';
export { argumentsOf } from './check-arguments.js';
export type { ArgumentChecks, ArrayRules, NumberRules, StringRules } from './check-arguments.js';
export { describeValue } from './describe-value.js';
