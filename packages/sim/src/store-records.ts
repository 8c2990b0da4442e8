// The simulator's own model of Pinterest data. Every API family (v5 now, v3 and ads later)
// renders these records in its own shape, so one store serves them all.

export type BoardPrivacy = 'PUBLIC' | 'PROTECTED' | 'SECRET';

/** An image Pinterest hosts: `key` names it on i.pinimg.com; width/height are the original's. */
export interface ImageRef {
  key: string;
  width: number;
  height: number;
}

export interface CarouselItem {
  image: ImageRef;
  title: string | null;
  description: string | null;
  link: string | null;
}

export type PinMediaRecord =
  | { kind: 'image'; image: ImageRef }
  | { kind: 'images'; items: CarouselItem[] }
  | { kind: 'video'; mediaId: string; cover: ImageRef; durationMs: number; width: number; height: number };

export interface UserRecord {
  id: string;
  username: string;
  accountType: 'PINNER' | 'BUSINESS';
  about: string;
  websiteUrl: string;
  profileImage: string;
  followerCount: number;
  followingCount: number;
  monthlyViews: number;
  /** In creation order. */
  boardIds: string[];
}

export interface BoardRecord {
  id: string;
  /** Store-wide creation order; bookmarks point at it so deletions never shift a page. */
  seq: number;
  ownerId: string;
  name: string;
  description: string | null;
  privacy: BoardPrivacy;
  createdAt: number;
  pinsModifiedAt: number;
  followerCount: number;
  /** Ascending by seq (oldest first). */
  pins: PinRecord[];
  /** Ascending by seq. */
  sections: SectionRecord[];
}

export interface SectionRecord {
  id: string;
  seq: number;
  boardId: string;
  name: string;
}

export interface PinRecord {
  id: string;
  seq: number;
  boardId: string;
  sectionId: string | null;
  ownerId: string;
  title: string | null;
  description: string | null;
  link: string | null;
  altText: string | null;
  dominantColor: string | null;
  createdAt: number;
  media: PinMediaRecord;
  parentPinId: string | null;
  isStandard: boolean;
  /** Board lists also carry tiles that are not pins (stories); real v5 pins have no `type`. */
  itemType: 'pin' | 'story';
}

export type MediaStatus = 'registered' | 'processing' | 'succeeded' | 'failed';

export interface MediaRecord {
  id: string;
  ownerId: string;
  mediaType: 'video';
  /** What the upload must send back as form fields, as a bucket policy would demand. */
  uploadParameters: Record<string, string>;
  uploaded: boolean;
  /** Status polls since the upload: the first reports processing, the next succeeded. */
  pollsSinceUpload: number;
}

export interface TokenRecord {
  value: string;
  kind: 'access' | 'refresh';
  userId: string;
  appId: string;
  scopes: string[];
  revoked: boolean;
  /** Epoch milliseconds on the simulator's clock; from then on the token is refused like an unknown one. */
  expiresAt: number;
}

export interface AppRecord {
  id: string;
  secret: string;
  /** Shown on the consent page. */
  name: string;
  /** Whose account a client-credentials token acts for. */
  ownerId: string;
  /** Registered redirect URIs; null accepts any http(s) URI on a loopback host. */
  redirectUris: readonly string[] | null;
}

/** What the user allowed on the consent page, waiting to be exchanged once for tokens. */
export interface AuthorizationCodeRecord {
  value: string;
  appId: string;
  userId: string;
  /** The token request must name exactly this URI. */
  redirectUri: string;
  /** null: none were asked for, so the grant covers every scope of the API version that redeems it. */
  scopes: string[] | null;
  expiresAt: number;
  used: boolean;
}
