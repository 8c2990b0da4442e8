import type { AnyAccount, RawRequest } from '@pinkit/account';
import type { Readable, Writable } from 'node:stream';
import { InputError } from '../output/describe-error.js';
import { collectFields, queryText, splitField } from './fields.js';
import { readJsonInput } from './read-input.js';
import { isMethod, operationById, operationByRoute, type ResolvedOperation } from './resolve-operation.js';

export interface ApiCallArgs {
  operation: string;
  path: string | undefined;
  fields: readonly string[] | undefined;
  typedFields: readonly string[] | undefined;
  query: readonly string[] | undefined;
  input: string | undefined;
  paginate: boolean;
  include: boolean;
  /** A jq expression the answer (each item with paginate) is filtered through. */
  jq?: string | undefined;
}

export interface ApiCallHost {
  version: 5 | 3;
  account(scopes: readonly string[]): Promise<AnyAccount>;
  storedScopes(): Promise<readonly string[] | undefined>;
  stdin: Readable;
  stdout: Writable;
}

/** Takes the path's placeholders out of the fields and query, and refuses a request missing one or a required parameter. */
function fillPath(operation: ResolvedOperation, fields: Record<string, unknown>, query: Record<string, unknown>): string {
  const values: Record<string, string> = { ...operation.params };
  for (const name of operation.inputs.path) {
    for (const source of [fields, query]) {
      if (name in source) {
        values[name] = String(source[name]);
        delete source[name];
      }
    }
    if (values[name] === undefined || values[name] === '') {
      throw new InputError(`${operation.id} needs the path parameter ${name}: add -f ${name}=VALUE.`);
    }
  }
  return '/v5' + operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
}

function checkRequired(operation: ResolvedOperation, query: Record<string, unknown>, body: unknown): void {
  for (const name of operation.inputs.required) {
    if (operation.inputs.path.includes(name)) continue;
    if (!(name in query)) throw new InputError(`${operation.id} needs the query parameter ${name}: add -q ${name}=VALUE.`);
  }
  if (operation.inputs.bodyRequired && body === undefined) {
    throw new InputError(`${operation.id} needs a request body: give -f/-F fields or --input FILE.`);
  }
}

function checkScopes(operation: ResolvedOperation, stored: readonly string[] | undefined): void {
  if (!stored) return;
  const missing = operation.scopes.filter((scope) => !stored.includes(scope));
  if (missing.length === 0) return;
  throw new InputError(`${operation.id} needs ${missing.join(', ')}; this token has ${stored.length > 0 ? stored.join(', ') : 'none'}.`);
}

/** One request: the operation resolved and checked, then sent through the account; 0 on a 2xx answer. */
export async function runApiCall(host: ApiCallHost, args: ApiCallArgs): Promise<number> {
  const fields = collectFields(args.fields ?? [], args.typedFields ?? []);
  const query: Record<string, unknown> = {};
  for (const text of args.query ?? []) {
    const [key, value] = splitField(text, '-q');
    query[key] = value;
  }
  const method = args.path === undefined ? undefined : args.operation.toUpperCase();
  if (method !== undefined && !isMethod(method))
    throw new InputError(`${args.operation} is no HTTP method (GET, POST, PUT, PATCH, DELETE).`);
  if (host.version === 3 && args.path === undefined) {
    throw new InputError('API v3 has no operation table: give a method and a path (pinkit api -v 3 GET /v3/users/me/).');
  }
  const operation = host.version === 3 ? undefined : method ? operationByRoute(method, args.path!) : operationById(args.operation);
  const sendMethod = operation?.method ?? method!;
  const path = operation ? fillPath(operation, fields, query) : args.path!;
  if (host.version === 3 && !/^\/(ads\/)?v3\//.test(path)) throw new InputError(`A v3 path starts with /v3/ or /ads/v3/; got ${path}.`);
  // As gh does: fields travel in the query of a request without a body.
  const bodyless = sendMethod === 'GET' || sendMethod === 'DELETE';
  if (bodyless) Object.assign(query, fields);
  let body: unknown = bodyless || Object.keys(fields).length === 0 ? undefined : fields;
  if (args.input !== undefined) {
    if (body !== undefined) throw new InputError('Give the body either as -f/-F fields or as --input, not both.');
    body = await readJsonInput(args.input, host.stdin);
  }
  if (operation) {
    checkRequired(operation, query, body);
    if (args.paginate && !operation.inputs.paged) throw new InputError(`${operation.id} is not a paged list; --paginate needs one.`);
    checkScopes(operation, await host.storedScopes());
  }
  const request: RawRequest = {
    method: sendMethod,
    path,
    query: Object.fromEntries(Object.entries(query).map(([key, value]) => [key, queryText(value)])),
    ...(body === undefined ? {} : { body }),
    ...(operation ? { operationId: operation.id } : {}),
  };
  const filter = args.jq === undefined ? undefined : await (await import('./jq-filter.js')).loadJqFilter(args.jq, args.paginate);
  const account = await host.account(operation?.scopes ?? []);
  const write = (text: string) => void host.stdout.write(text);
  if (args.paginate) {
    for await (const item of account.requestPages(request)) write(filter ? filter(item) : `${JSON.stringify(item)}\n`);
    return 0;
  }
  const answer = await account.request(request);
  if (args.include) {
    write(`HTTP ${answer.status}\n`);
    for (const [name, value] of Object.entries(answer.headers).sort(([a], [b]) => a.localeCompare(b))) write(`${name}: ${value}\n`);
    write('\n');
  }
  if (filter) write(filter(answer.body));
  else if (answer.body !== undefined && answer.body !== '') write(`${JSON.stringify(answer.body, null, 2)}\n`);
  return 0;
}
