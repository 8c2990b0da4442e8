import type { V3Board, V3Pin } from '@pinkit/api-v3';
import { describe, expect, it } from 'vitest';
import { REDIRECT_URI, authorize, tokenRequest } from '../test-support/oauth-flow.js';
import { simApi } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { type Envelope } from '../test-support/v3-api.js';
import type { Simulator } from '../simulator.js';

/** A v3 access token of the demo user for exactly `scopes`, through the consent page and the v3 exchange. */
async function v3Token(sim: Simulator, scopes: string[]): Promise<string> {
  const code = await authorize(sim, { scopes });
  const fields = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI };
  const { body } = await tokenRequest<{ access_token: string }>(sim, '/v3/oauth/access_token/', fields, { method: 'PUT' });
  return body.access_token;
}

describe('the v3 reads and the scopes of the token', () => {
  const sim = useSimulator({ boards: 3, pinsPerBoard: 4 });

  it('takes a composite for the granular scopes it includes: read_organic reads the user, boards and pins', async () => {
    const api = simApi(sim(), await v3Token(sim(), ['read_organic']));
    for (const path of ['/v3/users/me/', '/v3/users/me/boards/feed/', '/v3/users/me/pins/']) {
      const answer = await api.get<Envelope<unknown>>(path);
      expect(answer.status, path).toBe(200);
    }
    const write = await simApi(sim(), await v3Token(sim(), ['write_organic'])).get<Envelope<unknown>>('/v3/users/me/');
    expect(write.status).toBe(403);
    expect(write.body.message).toMatch(/Missing: read_users\./);
  });

  it('lists secret boards with read_boards, whose description includes them', async () => {
    const boards = await simApi(sim(), await v3Token(sim(), ['read_boards'])).get<Envelope<V3Board[]>>('/v3/users/me/boards/feed/');
    expect(boards.body.data?.map((board) => board.privacy)).toContain('secret');
  });

  it('shows pins of a secret board only with read_secret_pins (or read_secret); listings leave them out without it', async () => {
    const boards = (await simApi(sim(), sim().users[0]!.v3AccessToken).get<Envelope<V3Board[]>>('/v3/users/me/boards/feed/')).body.data!;
    const secret = boards.find((board) => board.privacy === 'secret')!;
    const publicOne = boards.find((board) => board.privacy === 'public')!;
    const organic = simApi(sim(), await v3Token(sim(), ['read_organic']));
    const withSecret = simApi(sim(), await v3Token(sim(), ['read_organic', 'read_secret']));

    expect((await organic.get<Envelope<V3Pin[]>>(`/v3/boards/${secret.id}/pins/`)).body.data).toEqual([]);
    const secretPins = (await withSecret.get<Envelope<V3Pin[]>>(`/v3/boards/${secret.id}/pins/`)).body.data!;
    expect(secretPins).toHaveLength(4);
    expect((await organic.get<Envelope<V3Pin[]>>(`/v3/boards/${publicOne.id}/pins/`)).body.data).toHaveLength(4);

    const ids = async (api: typeof organic) => (await api.get<Envelope<V3Pin[]>>('/v3/users/me/pins/')).body.data!.map((pin) => pin.id);
    expect(await ids(organic)).not.toContain(secretPins[0]!.id);
    expect(await ids(withSecret)).toContain(secretPins[0]!.id);

    const refused = await organic.get<Envelope<V3Pin>>(`/v3/pins/${secretPins[0]!.id}/`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: 'failure', code: 3 });
    expect(refused.body.message).toMatch(/Missing: read_secret_pins\./);
    expect((await withSecret.get<Envelope<V3Pin>>(`/v3/pins/${secretPins[0]!.id}/`)).status).toBe(200);
  });
});
