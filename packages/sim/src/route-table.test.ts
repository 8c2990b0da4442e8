import { DESCRIBED_OPERATIONS as V5_OPERATIONS } from './generated/operations.js';
import { describe, expect, it } from 'vitest';
import { resolveRoute } from './core/resolve-route.js';
import type { Route } from './core/route.js';
import { ROUTES } from './route-table.js';
import { simApi, type ErrorBody } from './test-support/sim-api.js';
import { useSimulator } from './test-support/use-simulator.js';

const served = ROUTES.map((entry) => ({ entry, route: resolveRoute(entry) }));
const bearerRoutes = served.flatMap(({ entry, route }) =>
  route.auth === 'bearer' && entry.operation !== undefined ? [{ route, scopes: V5_OPERATIONS[entry.operation].scopes }] : [],
);

/** A path of the route with every `{param}` filled in with a numeric id. */
const concretePath = (route: Route): string => route.path.replace(/\{[^}]+\}/g, '549000000000000001');

describe('the route table', () => {
  it('names a real v5 operation for every /v5 route and serves its method, path and scopes', () => {
    for (const { entry, route } of served) {
      if (entry.operation === undefined) {
        expect(route.path, `${route.method} ${route.path} must name its v5 operation`).not.toMatch(/^\/v5\//);
        continue;
      }
      expect(Object.hasOwn(V5_OPERATIONS, entry.operation), entry.operation).toBe(true);
      const operation = V5_OPERATIONS[entry.operation];
      expect(route).toMatchObject({ method: operation.method, path: `/v5${operation.path}` });
      if (route.auth === 'bearer') expect(route.scopes, entry.operation).toEqual(operation.scopes);
      else expect(operation.auth, entry.operation).toContain('basic');
    }
    expect(bearerRoutes.length).toBeGreaterThanOrEqual(18);
  });

  it('serves each operation once', () => {
    const keys = served.map(({ route }) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('counts every method but GET as a write unless the route says otherwise', () => {
    const handle = () => ({ status: 200 });
    expect(resolveRoute({ operation: 'boards/get', handle }).write).toBe(false);
    expect(resolveRoute({ operation: 'boards/delete', handle }).write).toBe(true);
    expect(resolveRoute({ operation: 'pins/save', handle })).toMatchObject({
      method: 'POST',
      path: '/v5/pins/{pin_id}/save',
      write: true,
      auth: 'bearer',
    });
    expect(resolveRoute({ operation: 'oauth/token', write: false, handle })).toMatchObject({ method: 'POST', auth: 'basic', write: false });
  });
});

describe('the scope check', () => {
  const sim = useSimulator();

  it('refuses a token missing one of pins/create scopes with 403 code 3 naming it', async () => {
    const userId = sim().users[0]?.id ?? '';
    const scopes = V5_OPERATIONS['pins/create'].scopes.filter((scope) => scope !== 'pins:write');
    const response = await simApi(sim(), sim().issueToken(userId, scopes)).post<ErrorBody>('/v5/pins', { board_id: '1' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe(3);
    expect(response.body.message).toContain('pins:write');
  });

  it('asks every v5 route for exactly the scopes of its operation, no more and no fewer', async () => {
    const userId = sim().users[0]?.id ?? '';
    for (const { route, scopes } of bearerRoutes) {
      const path = concretePath(route);
      const body = route.method === 'GET' ? undefined : {};
      for (const missing of scopes) {
        const token = sim().issueToken(
          userId,
          scopes.filter((scope) => scope !== missing),
        );
        const refused = await simApi(sim(), token).call<ErrorBody>(route.method, path, body);
        expect(refused.status, `${route.method} ${route.path} without ${missing}`).toBe(403);
        expect(refused.body.message, `${route.method} ${route.path}`).toContain(missing);
      }
      // With its scopes a route may still refuse the made-up id (ad accounts answer 403 code 29), never the token.
      const allowed = await simApi(sim(), sim().issueToken(userId, [...scopes])).call<ErrorBody>(route.method, path, body);
      expect(allowed.status, `${route.method} ${route.path} with its scopes`).not.toBe(401);
      if (allowed.status === 403) expect(allowed.body.code, `${route.method} ${route.path} with its scopes`).not.toBe(3);
    }
  });
});
