import type { LinkedBusiness } from '@pinkit/api-v5';
import type { UserRecord } from './user-record.js';

// A linked business account rendered as v5's `LinkedBusiness`: its username and profile image
// in Pinterest's four square sizes.

export function v5LinkedBusiness(business: UserRecord): LinkedBusiness {
  const image = (size: string) => `https://i.pinimg.com/${size}_RS/${business.username}.jpg`;
  return {
    username: business.username,
    image_small_url: image('30x30'),
    image_medium_url: image('60x60'),
    image_large_url: image('140x140'),
    image_xlarge_url: image('280x280'),
  };
}
