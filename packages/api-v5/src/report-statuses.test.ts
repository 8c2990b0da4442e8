import { ReportFailedError } from '@pinkit/http';
import { describe, expect, it } from 'vitest';
import { REPORT_STATUSES } from './analytics-values.js';

// A guard for the next description: a report status Pinterest adds must be given a meaning here
// (still running, a file, or an end with a reason) before it reaches users as "it will not finish".
describe('the report statuses of the description', () => {
  it('are the six the report polling knows: one running, one with a file, four ends', () => {
    expect([...REPORT_STATUSES].sort()).toEqual(['CANCELLED', 'DOES_NOT_EXIST', 'EXPIRED', 'FAILED', 'FINISHED', 'IN_PROGRESS']);
  });

  it('give every end without a file its own reason', () => {
    const ends = REPORT_STATUSES.filter((status) => status !== 'IN_PROGRESS' && status !== 'FINISHED');
    for (const status of ends) expect(new ReportFailedError(status, 'tok').message, status).not.toContain('it will not finish');
  });
});
