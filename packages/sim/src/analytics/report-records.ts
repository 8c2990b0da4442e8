import type { Granularity, ReportFormat } from '@pinkit/api-v5/analytics-values';
import type { DateRange } from './analytics-dates.js';
import type { AdsLevel, EntityFilter } from './ads-entities.js';

/** How the reports of a simulator end: the `--report-outcome` knob. */
export type ReportOutcome = 'FINISHED' | 'FAILED' | 'EXPIRED' | 'CANCELLED';

/** An asynchronous report (POST /v5/ad_accounts/{id}/reports) and what it was asked for. */
export interface ReportRecord {
  token: string;
  adAccountId: string;
  ownerId: string;
  level: AdsLevel;
  granularity: Granularity;
  range: DateRange;
  columns: readonly string[];
  filter: EntityFilter;
  format: ReportFormat;
  primarySort: 'BY_ID' | 'BY_DATE';
  /** Epoch ms. */
  createdAt: number;
  /** GETs answered so far; the report is IN_PROGRESS until the simulator's polls are used up. */
  polls: number;
  /** The rendered file once FINISHED, and when its download URL was last handed out (epoch ms). */
  file?: { data: string; contentType: string; issuedAt: number };
}

/** Answers with IN_PROGRESS before a report ends (one poll; the create answer says IN_PROGRESS too). */
export const REPORT_POLLS_IN_PROGRESS = 1;
/** "The link is valid for five minutes and the report is valid for one hour." */
export const REPORT_URL_TTL_MS = 5 * 60_000;
export const REPORT_TTL_MS = 60 * 60_000;
