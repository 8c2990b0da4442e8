import type { Listing } from '@pinkit/http';
import type { CallArgs, CallResult, ListArgs, ListItem } from './call-types.js';
import type { V5Context } from './endpoint.js';
import { expectListPage } from './expect-shape.js';
import { findOperation } from './find-operation.js';
import { V5_CALL_INPUTS, V5_CALLS } from './generated/calls.js';
import type { operations } from './generated/openapi.js';
import { lazyProperties } from './lazy-properties.js';
import { createUntypedCall, type Input } from './operation-call.js';

type Calls = typeof V5_CALLS;
type Inputs = typeof V5_CALL_INPUTS;

/** The bookmark-paged form of a call: every item of every page, read as the caller iterates. */
interface Paged<Op> {
  all(...args: ListArgs<Op>): Listing<ListItem<Op>>;
}

/**
 * One operation as a client call: `(input) => answer`, typed from the generated description, with
 * `.all(input)` when the operation pages by bookmark and `operationId` naming what it calls.
 */
export type GeneratedCall<Id extends keyof operations & keyof Inputs> = ((
  ...args: CallArgs<operations[Id]>
) => Promise<CallResult<operations[Id]>>) & { readonly operationId: Id } & (Inputs[Id]['paged'] extends true
    ? Paged<operations[Id]>
    : unknown);

/** Every area of generated calls: `client.itemsBatch.post`, `client.keywords.get`... */
export type GeneratedAreas = {
  readonly [Area in keyof Calls]: {
    readonly [Name in keyof Calls[Area]]: Calls[Area][Name] extends keyof operations & keyof Inputs
      ? GeneratedCall<Calls[Area][Name]>
      : never;
  };
};

/** The generated calls of every area, bound to one client's context; each area is made when first read. */
export function createGeneratedAreas(context: V5Context): GeneratedAreas {
  const table = V5_CALLS as Record<string, Record<string, string>>;
  // The one place the table meets its type: both are read from the same V5_CALLS.
  return lazyProperties<GeneratedAreas>(Object.keys(table), (area) => bindCalls(context, table[area] ?? {}));
}

function bindCalls(context: V5Context, calls: Record<string, string>): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  for (const [name, operationId] of Object.entries(calls)) {
    const call = createUntypedCall(context.http, findOperation(operationId), context.sandbox);
    const paged = (V5_CALL_INPUTS as Record<string, { paged: boolean }>)[operationId]?.paged;
    // A page read one at a time gets the checks each page of `.all()` gets.
    const single = paged ? async (input?: Input) => expectListPage(await call(input), operationId) : call;
    bound[name] = Object.assign((input?: Input) => single(input), {
      operationId,
      ...(paged ? { all: (input?: Input) => call.list(input) } : {}),
    });
  }
  return bound;
}
