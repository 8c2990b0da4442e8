// Pinterest published no description of API v3 (no OpenAPI file, no JSON Schema), so these types
// are written once, by hand, from the fields the 2021 quickstart read (see API-V3.md in the
// project's reference notes). Fields the quickstart never read are left out rather than guessed.

/** `GET /v3/users/{user}/`: a user's profile. */
export interface V3User {
  id: string;
  username: string;
  full_name?: string | null;
  about?: string | null;
  profile_url?: string | null;
  pin_count?: number | null;
}

/**
 * An item of `GET /v3/users/{user}/businesses/`: a business account linked to the user's. The
 * quickstart printed these whole without naming a field; these are the profile fields a v3 user
 * has, with the profile image, which v5's linked business kept (`username`, `image_large_url`).
 */
export interface V3Business {
  id: string;
  username: string;
  full_name?: string | null;
  profile_url?: string | null;
  /** The profile image, 140x140. */
  image_large_url?: string | null;
}

/** `GET /v3/boards/{board}/` and the items of a user's board feed. */
export interface V3Board {
  id: string;
  name: string;
  url?: string | null;
  category?: string | null;
  description?: string | null;
  pin_count?: number | null;
  privacy?: string | null;
}

/** An item of `GET /v3/board/{board}/sections/` (note the singular `board`). */
export interface V3Section {
  id: string;
  title: string;
  pin_count?: number | null;
}

/** `GET /v3/pins/{pin}/` and the items of the pin lists. `type` tells pins from stories. */
export interface V3Pin {
  id: string;
  type?: 'pin' | 'story';
  description?: string | null;
  domain?: string | null;
  image_large_url?: string | null;
  link?: string | null;
  board_section_id?: string | null;
  /** A carousel pin's slides; the quickstart passed it on without reading inside, so neither does this type. */
  carousel_data?: Readonly<Record<string, unknown>> | null;
}

/**
 * Every v3 answer: `data` holds the object or the page of a list, `bookmark` the next page's
 * cursor. A failure says `status: "failure"` with a numeric `code` and a `message`.
 */
export interface V3Envelope<T> {
  status?: 'success' | 'failure';
  code?: number;
  data?: T;
  message?: string;
  bookmark?: string | null;
}

/** Entity states of the v3 ads tree, as v3 spelled them. */
export type V3EntityStatus = 'ACTIVE' | 'PAUSED' | 'ARCHIVED' | (string & {});

/** An item of `GET /ads/v3/advertisers/`: an ad account ("advertiser" in v3's words). */
export interface V3Advertiser {
  id: string;
  name: string;
  owner_user_id?: string | null;
  country?: string | null;
  currency?: string | null;
  status?: V3EntityStatus | null;
  /** Seconds since the epoch. */
  created_time?: number | null;
}

/** An item of `GET /ads/v3/advertisers/{advertiser}/campaigns/`. */
export interface V3Campaign {
  id: string;
  name: string;
  advertiser_id?: string | null;
  status?: V3EntityStatus | null;
  objective_type?: string | null;
  /** Micro-currency; null for no cap. */
  lifetime_spend_cap?: number | null;
  created_time?: number | null;
}

/** An item of `GET /ads/v3/campaigns/{campaign}/ad_groups/`. */
export interface V3AdGroup {
  id: string;
  name: string;
  advertiser_id?: string | null;
  campaign_id?: string | null;
  status?: V3EntityStatus | null;
  budget_in_micro_currency?: number | null;
  created_time?: number | null;
}

/** An item of `GET /ads/v3/ad_groups/{ad_group}/pin_promotions/`: an ad, which v3 called a pin promotion. */
export interface V3PinPromotion {
  id: string;
  name?: string | null;
  advertiser_id?: string | null;
  campaign_id?: string | null;
  ad_group_id?: string | null;
  pin_id?: string | null;
  status?: V3EntityStatus | null;
  creative_type?: string | null;
  created_time?: number | null;
}

/** The body of `PUT /v3/boards/`. */
export interface V3BoardCreate {
  name: string;
  description?: string;
  /** `public` or `secret` (v3 spelled them in lower case); absent, public. */
  privacy?: string;
}

/** One slide of `carousel_data_json`, as the simulator and the quickstart's copies wrote it. */
export interface V3CarouselSlot {
  image_url: string;
  title?: string;
  description?: string;
  link?: string;
}

/** The body of `PUT /v3/pins/`: v3 calls the link `source_url` and the section id `section`. */
export interface V3PinCreate {
  board_id: string;
  image_url: string;
  section?: string;
  source_url?: string;
  title?: string;
  description?: string;
  alt_text?: string;
  /** `JSON.stringify({ carousel_slots: V3CarouselSlot[] })`: 2 to 5 slides. */
  carousel_data_json?: string;
}
