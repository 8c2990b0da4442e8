import type { RouteEntry } from '../core/route.js';
import { adsAnalyticsRoutes } from './ads-analytics-routes.js';
import { reportRoutes } from './report-routes.js';
import { userAnalyticsRoutes } from './user-analytics-routes.js';

/** The analytics area: user, Pin and ads analytics, and asynchronous reports with their files. */
export const analyticsRoutes: readonly RouteEntry[] = [...userAnalyticsRoutes, ...adsAnalyticsRoutes, ...reportRoutes];
