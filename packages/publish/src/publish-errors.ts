import { describeError } from '@pinkit/copy-engine';
import type { PlanProblem } from './plan-row.js';
import type { PublishReport } from './publish-report.js';

const describeProblem = (problem: PlanProblem) => (problem.row === 0 ? problem.message : `row ${problem.row}: ${problem.message}`);

/** The plan cannot be published as it is; nothing was written. `problems` lists all, by row. */
export class PlanValidationError extends Error {
  override readonly name = 'PlanValidationError';
  readonly problems: readonly PlanProblem[];

  constructor(problems: readonly PlanProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The plan has ${count}; nothing was published:\n${problems.map(describeProblem).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Pinterest refused a write with code 29: the app has trial access, which writes only to the
 * API sandbox. The run stopped after that first write; `report` says where every row stands.
 */
export class TrialAccessError extends Error {
  override readonly name = 'TrialAccessError';
  readonly report: PublishReport;

  constructor(cause: unknown, report: PublishReport) {
    super(
      `Pinterest refused to publish (code 29: the app has trial access, which may write to the API sandbox only): ${describeError(cause)}`,
      {
        cause,
      },
    );
    this.report = report;
  }
}

/** Every further call would fail the same way (the token was refused, a pause too long was asked). */
export class PublishStoppedError extends Error {
  override readonly name = 'PublishStoppedError';
  readonly report: PublishReport;

  constructor(cause: unknown, report: PublishReport) {
    super(`Publishing stopped: ${describeError(cause)}. Run the same plan again to go on; the journal keeps what was done.`, { cause });
    this.report = report;
  }
}
