// Names for the generated v5 shapes (src/generated/openapi.ts, from Pinterest's official
// OpenAPI description by scripts/gen.mjs). No shape is written twice by hand.
import type { ListItem } from './call-types.js';
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

export type Account = Schemas['Account'];
export type AdAccount = Schemas['AdAccount'];
export type Board = Schemas['Board'];
export type BoardCreate = Schemas['BoardCreate'];
export type BoardPrivacy = Schemas['BoardPrivacy'];
export type BoardSection = Schemas['BoardSection'];
/** v5 pins; what kind a pin is shows in `creative_type` and `media.media_type` (image, video, multiple_images...). */
export type Pin = Schemas['Pin'];
export type PinCreate = Schemas['PinCreate'];
export type PinMediaSource = Schemas['PinMediaSource'];
export type LinkedBusiness = Schemas['LinkedBusiness'];
export type MediaUpload = Schemas['MediaUpload'];
export type MediaUploadStatus = Schemas['MediaUploadStatus'];
export type Media = Schemas['Media'];
// Read from the lists rather than named: 5.28 renamed these schemas (CampaignResponse -> Campaign...).
export type Campaign = ListItem<operations['campaigns/list']>;
export type AdGroup = ListItem<operations['ad_groups/list']>;
export type Ad = ListItem<operations['ads/list']>;
export type EntityStatus = Schemas['EntityStatus'];
export type CreativeType = Schemas['CreativeType'];
export type RelatedTerms = Schemas['RelatedTerms'];
