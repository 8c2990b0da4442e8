import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createV5Client } from './create-v5-client.js';
import { V5_CALL_INPUTS, V5_CALLS, V5_OPERATION_IDS, V5_OPERATIONS } from './operations.js';

/** Every operationId a client's areas expose, generated or hand-written. */
function exposedOperations(client: object): Set<string> {
  const exposed = new Set<string>();
  for (const area of Object.values(client)) {
    if (typeof area !== 'object' || area === null) continue;
    for (const call of Object.values(area as Record<string, { operationId?: unknown }>)) {
      if (typeof call.operationId === 'string') exposed.add(call.operationId);
    }
  }
  return exposed;
}

describe('the client against the committed description (spec drift)', () => {
  it('exposes every operation of the table as client.<area>.<name>', () => {
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T' });
    const exposed = exposedOperations(client);
    const missing = V5_OPERATION_IDS.filter((id) => !exposed.has(id));
    expect(missing, 'operations of the description the client does not expose').toEqual([]);
    expect(V5_OPERATION_IDS).toHaveLength(Object.keys(V5_OPERATIONS).length);
  });

  it('has one call and one input row per operation, and no call of an unknown operation', () => {
    const called = Object.values(V5_CALLS).flatMap((area) => Object.values(area) as string[]);
    expect([...called].sort()).toEqual([...V5_OPERATION_IDS]);
    expect(Object.keys(V5_CALL_INPUTS).sort()).toEqual([...V5_OPERATION_IDS]);
  });

  it('keeps every area clear of the client-wide names calls, request and operation', () => {
    for (const name of ['calls', 'request', 'operation']) expect(Object.keys(V5_CALLS)).not.toContain(name);
  });

  it('also has every operation in its generated form under client.calls', () => {
    const client = createV5Client({ apiUri: 'http://sim.test', token: 'pina_T' });
    const missing = V5_OPERATION_IDS.filter((id) => !exposedOperations(client.calls).has(id));
    expect(missing).toEqual([]);
  });

  it('loads no generated type at run time: the description types are imported as types only', () => {
    const here = import.meta.dirname;
    const sources = readdirSync(here).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const valueImports = sources.filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+'\.\/generated\/openapi\.js'/m.test(readFileSync(join(here, file), 'utf8')),
    );
    expect(valueImports).toEqual([]);
  });
});
