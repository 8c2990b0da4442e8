import type { components } from '@pinkit/api-v5';

// The ads tree of the simulator: an ad account holds campaigns, a campaign ad groups, an ad
// group ads, and each ad promotes one of the account owner's pins. Every record keeps the ids of
// all its parents, so filters ("the ads of this campaign") need no walk up the tree.

export type EntityStatus = 'ACTIVE' | 'PAUSED' | 'ARCHIVED';

/** A Business Access role on an ad account. */
export type BusinessAccessRole = components['schemas']['BusinessAccessRole'];

export interface AdAccountRecord {
  id: string;
  /** Store-wide creation order, for bookmark paging. */
  seq: number;
  ownerId: string;
  name: string;
  country: string;
  currency: string;
  /** Epoch ms. */
  createdAt: number;
  /** Other users' Business Access roles on the account; its owner is OWNER without an entry. */
  members?: { userId: string; roles: BusinessAccessRole[] }[];
}

export interface CampaignRecord {
  id: string;
  seq: number;
  adAccountId: string;
  name: string;
  status: EntityStatus;
  objectiveType: 'AWARENESS' | 'CONSIDERATION' | 'WEB_CONVERSION' | 'CATALOG_SALES' | 'VIDEO_VIEW';
  /** Lifetime spend cap in micro-currency, or null for none. */
  lifetimeSpendCap: number | null;
  createdAt: number;
}

export interface AdGroupRecord {
  id: string;
  seq: number;
  adAccountId: string;
  campaignId: string;
  name: string;
  status: EntityStatus;
  /** Budget in micro-currency per day. */
  budgetInMicroCurrency: number;
  createdAt: number;
}

export interface AdRecord {
  id: string;
  seq: number;
  adAccountId: string;
  campaignId: string;
  adGroupId: string;
  pinId: string;
  name: string;
  status: EntityStatus;
  creativeType: 'REGULAR' | 'VIDEO' | 'CAROUSEL';
  createdAt: number;
}
