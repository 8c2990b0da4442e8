import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { grantBusinessAccess } from './ads/grant-business-access.js';
import { archiveBoard } from './boards/archive-board.js';
import { shareBoard } from './boards/share-board.js';
import { FaultInjector } from './core/fault-injector.js';
import { applyKnobs } from './core/knobs.js';
import { checkSimId, checkWords } from './core/option-checks.js';
import { listenOnLoopback } from './core/listen-on-loopback.js';
import { RateLimiter } from './core/rate-limiter.js';
import { TrialAccess } from './core/trial-access.js';
import { handleRequest, type Pipeline } from './core/request-pipeline.js';
import { resolveRoute } from './core/resolve-route.js';
import { createRouter } from './core/router.js';
import { createSeededRandom } from './core/seeded-random.js';
import { mintToken } from './oauth/mint-token.js';
import { ROUTES } from './route-table.js';
import { seedDemoData } from './seed/seed-demo-data.js';
import { SimStore } from './sim-store.js';
import { SimulatorOptionsError } from './simulator-options-error.js';
import { resolveOptions, type SimulatorOptions } from './simulator-options.js';
import type { Simulator } from './simulator.js';

/** Seeds a Pinterest stand-in and serves it over HTTP on loopback until `stop()`. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const { knobs, seed } = resolved;
  const store = new SimStore(seed, resolved.now);
  const tokenRandom = createSeededRandom(seed, 'tokens');
  const { app, users } = seedDemoData(
    store,
    { ...resolved, accessTokenTtlSeconds: knobs.accessTokenTtlSeconds, refreshTokenTtlSeconds: knobs.refreshTokenTtlSeconds },
    createSeededRandom(seed, 'data'),
    tokenRandom,
  );
  const stats = { requests: 0, writes: 0, rateLimited: 0, rateLimitedByCategory: {} as Record<string, number>, faults: 0 };
  const abort = new AbortController();
  let origin = '';
  const pipeline: Pipeline = {
    store,
    knobs,
    match: createRouter(ROUTES.map(resolveRoute)),
    limiter: new RateLimiter(() => knobs.rateLimits),
    trial: new TrialAccess(),
    faults: new FaultInjector(createSeededRandom(seed, 'faults'), () => knobs.faultRate),
    stats,
    tokenRandom,
    origin: () => origin,
    signal: abort.signal,
  };

  const server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch(() => req.socket.destroy());
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  origin = await listenOnLoopback(server, resolved.port, resolved.host);
  store.origin = origin;

  let stopping: Promise<void> | undefined;
  return {
    url: origin,
    app: { id: app.id, secret: app.secret, name: app.name },
    users,
    env: () => {
      const [demo, target] = users;
      return {
        PINTEREST_API_URI: origin,
        PINTEREST_OAUTH_URI: origin,
        PINTEREST_APP_ID: app.id,
        PINTEREST_APP_SECRET: app.secret,
        ACCESS_TOKEN: demo?.accessToken ?? '',
        TARGET_ACCESS_TOKEN: target?.accessToken ?? '',
        V3_ACCESS_TOKEN: demo?.v3AccessToken ?? '',
        V3_TARGET_ACCESS_TOKEN: target?.v3AccessToken ?? '',
      };
    },
    issueToken: (userId, scopes) => {
      checkSimId('issueToken', 'userId', userId);
      checkWords('issueToken', 'scopes', scopes);
      if (!store.users.has(userId)) {
        const known = users.map((user) => `${user.id} (${user.username})`).join(', ');
        throw new SimulatorOptionsError('userId', userId, `issueToken: no simulated user has id "${userId}"; known users: ${known}.`);
      }
      return mintToken(store, tokenRandom, { kind: 'access', userId, appId: app.id, scopes, ttlSeconds: knobs.accessTokenTtlSeconds })
        .value;
    },
    revokeToken: (token) => {
      checkSimId('revokeToken', 'token', token, 'a token');
      const record = store.tokens.get(token);
      if (!record) {
        throw new SimulatorOptionsError('token', `${token.slice(0, 5)}…`, 'revokeToken: the simulator never issued this token.');
      }
      record.revoked = true;
    },
    shareBoard: (boardId, userId) =>
      shareBoard(store, checkSimId('shareBoard', 'boardId', boardId), checkSimId('shareBoard', 'userId', userId)),
    archiveBoard: (boardId) => archiveBoard(store, checkSimId('archiveBoard', 'boardId', boardId)),
    grantBusinessAccess: (adAccountId, userId, roles) => {
      checkSimId('grantBusinessAccess', 'adAccountId', adAccountId);
      checkSimId('grantBusinessAccess', 'userId', userId);
      // Roles as Pinterest names them (`ANALYST`, `CAMPAIGN_MANAGER`).
      checkWords('grantBusinessAccess', 'roles', roles, /^[A-Z_]{1,64}$/);
      grantBusinessAccess(store, adAccountId, userId, roles);
    },
    configure: (settings) => applyKnobs(knobs, settings),
    get stats() {
      return { ...stats, rateLimitedByCategory: { ...stats.rateLimitedByCategory } };
    },
    stop: () => {
      stopping ??= new Promise((resolve) => {
        abort.abort();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopping;
    },
  };
}
