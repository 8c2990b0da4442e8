import type { RouteEntry } from '../route.js';
import { mediaUploadRoutes } from './media-upload.js';
import { oauthPageRoutes } from './oauth-pages.js';
import { v3OAuthRoutes } from './v3-oauth.js';
import { v5BoardRoutes } from './v5-boards.js';
import { v5MediaRoutes } from './v5-media.js';
import { v5OAuthRoutes } from './v5-oauth.js';
import { v5PinRoutes } from './v5-pins.js';
import { v5SectionRoutes } from './v5-sections.js';
import { v5UserRoutes } from './v5-user.js';

/** Every endpoint the simulator serves; a new area is one module and one line here. */
export const ROUTES: readonly RouteEntry[] = [
  ...v5UserRoutes,
  ...v5BoardRoutes,
  ...v5SectionRoutes,
  ...v5PinRoutes,
  ...v5MediaRoutes,
  ...mediaUploadRoutes,
  ...oauthPageRoutes,
  ...v5OAuthRoutes,
  ...v3OAuthRoutes,
];
