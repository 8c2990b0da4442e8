import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

interface OperationSchemas {
  method: string;
  path: string;
  responses: Record<string, unknown>;
}

interface ResponsesDocument {
  operations: Record<string, OperationSchemas>;
  definitions: Record<string, unknown>;
}

export interface SpecOperation {
  operationId: string;
  pattern: RegExp;
  method: string;
}

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

/**
 * Validates simulator responses against the JSON Schemas that @pinkit/api-v5 derives from
 * Pinterest's official OpenAPI description.
 */
export class SpecValidator {
  private readonly ajv: Ajv;
  private readonly document: ResponsesDocument;
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly operations: readonly SpecOperation[];

  constructor() {
    const require = createRequire(import.meta.url);
    this.document = require('@pinkit/api-v5/schemas/responses.json') as ResponsesDocument;
    this.ajv = new Ajv({ strict: false, strictTypes: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ definitions: this.document.definitions }, 'responses');
    this.operations = Object.entries(this.document.operations).map(([operationId, op]) => ({
      operationId,
      method: op.method.toUpperCase(),
      pattern: new RegExp(`^/v5${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  }

  /** The operation a v5 request path belongs to (literal segments win over `{param}` ones). */
  operationFor(method: string, pathname: string): string | undefined {
    const candidates = this.operations.filter((op) => op.method === method && op.pattern.test(pathname));
    candidates.sort((a, b) => b.pattern.source.replace(/\[\^\/\]\+/g, '').length - a.pattern.source.replace(/\[\^\/\]\+/g, '').length);
    return candidates[0]?.operationId;
  }

  /** Throws, listing ajv's complaints, unless `body` is what the operation documents for `status`. */
  check(operationId: string, status: number, body: unknown): void {
    const operation = this.document.operations[operationId];
    if (!operation) throw new Error(`responses.json has no operation ${operationId}`);
    const key = String(status) in operation.responses ? String(status) : 'default';
    if (status === 204) {
      if (body !== undefined) throw new Error(`${operationId} 204 must have no body`);
      return;
    }
    const schema = operation.responses[key];
    if (schema === undefined) throw new Error(`${operationId} documents no ${status} response and no default`);
    const validate = this.validatorFor(`${operationId} ${key}`, schema);
    if (!validate(body)) {
      throw new Error(
        `${operationId} ${status} does not match the spec: ${this.ajv.errorsText(validate.errors, { separator: '\n' })}\n` +
          JSON.stringify(body).slice(0, 800),
      );
    }
  }

  private validatorFor(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      // Point the operation's local refs at the shared definitions document.
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"responses#/definitions/')) as object;
      validate = this.ajv.compile(rewritten);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
