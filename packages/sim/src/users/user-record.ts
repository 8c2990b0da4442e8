// A Pinterest account as the store keeps it; each API version renders it in its own shape.

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
  /** Business accounts linked to this one (`GET /v5/user_account/businesses`). */
  linkedBusinessIds: string[];
}
