import type { RouteEntry } from '../core/route.js';
import { adsAnalyticsRoutes } from './ads-analytics-routes.js';
import { deliveryMetricList } from './delivery-metric-list.js';
import { reportRoutes } from './report-routes.js';
import { userAnalyticsRoutes } from './user-analytics-routes.js';

/** The metrics a report can ask for, the same list v3 serves; every one is an ads metric here. */
const deliveryMetricRoutes: readonly RouteEntry[] = [
  {
    operation: 'delivery_metrics/get',
    handle: () => ({
      status: 200,
      body: { items: deliveryMetricList().map((metric) => ({ ...metric, display_name: metric.name, category: 'ADS' })) },
    }),
  },
];

/** The analytics area: user, Pin and ads analytics, asynchronous reports with their files, and the metrics they offer. */
export const analyticsRoutes: readonly RouteEntry[] = [
  ...userAnalyticsRoutes,
  ...adsAnalyticsRoutes,
  ...reportRoutes,
  ...deliveryMetricRoutes,
];
