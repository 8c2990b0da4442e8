import { adAccountRoutes } from './ads/ad-account-routes.js';
import { adTreeRoutes } from './ads/ad-tree-routes.js';
import { analyticsRoutes } from './analytics/analytics-routes.js';
import { boardRoutes } from './boards/board-routes.js';
import type { RouteEntry } from './core/route.js';
import { describedRoutes } from './described/described-routes.js';
import { mediaRoutes } from './media/media-routes.js';
import { oauthRoutes } from './oauth/oauth-routes.js';
import { pinListRoutes } from './pins/pin-list-route.js';
import { pinRoutes } from './pins/pin-routes.js';
import { termRoutes } from './terms/term-routes.js';
import { userRoutes } from './users/user-routes.js';
import { v3AdsRoutes } from './v3/v3-ads-routes.js';
import { v3AnalyticsRoutes } from './v3/v3-analytics-routes.js';
import { v3ReadRoutes } from './v3/v3-read-routes.js';
import { v3ReportRoutes } from './v3/v3-report-routes.js';
import { v3Routes } from './v3/v3-routes.js';
import { v3WriteRoutes } from './v3/v3-write-routes.js';

/**
 * The endpoints the simulator models, one line per area. An area is a folder with its records,
 * views and routes; adding one (ads, analytics) is that folder and a line here.
 */
export const MODELLED_ROUTES: readonly RouteEntry[] = [
  ...userRoutes,
  ...boardRoutes,
  ...pinRoutes,
  ...mediaRoutes,
  ...adAccountRoutes,
  ...adTreeRoutes,
  ...pinListRoutes,
  ...termRoutes,
  ...analyticsRoutes,
  ...oauthRoutes,
  ...v3Routes,
  ...v3ReadRoutes,
  ...v3AdsRoutes,
  ...v3AnalyticsRoutes,
  ...v3ReportRoutes,
  ...v3WriteRoutes,
];

/** Every endpoint the simulator serves: the modelled ones, and every other v5 operation answered from the description. */
export const ROUTES: readonly RouteEntry[] = [...MODELLED_ROUTES, ...describedRoutes(MODELLED_ROUTES)];
