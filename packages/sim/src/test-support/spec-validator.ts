import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { type DescribedResponses, type Description, loadResponses } from '../described/load-description.js';
import { DESCRIBED_OPERATIONS } from '../generated/operations.js';

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
 * Validates simulator responses with ajv (an implementation independent of the simulator's own
 * checker) against the JSON Schemas scripts/gen.mjs derives from Pinterest's official OpenAPI
 * description (description/responses.json).
 */
export class SpecValidator {
  private readonly ajv: Ajv;
  private readonly document: Description<DescribedResponses>;
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly operations: readonly SpecOperation[];

  constructor() {
    this.document = loadResponses();
    this.ajv = new Ajv({ strict: false, strictTypes: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ definitions: this.document.definitions }, 'responses');
    this.operations = Object.entries(DESCRIBED_OPERATIONS).map(([operationId, op]) => ({
      operationId,
      method: op.method,
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
    if (!operation) throw new Error(`the derived description has no operation ${operationId}`);
    const key = String(status) in operation.responses ? String(status) : 'default';
    if (status === 204) {
      if (body !== undefined) throw new Error(`${operationId} 204 must have no body`);
      return;
    }
    const schema = operation.responses[key];
    if (schema === undefined) throw new Error(`${operationId} documents no ${status} response and no default`);
    if (schema === null) {
      if (body !== undefined) throw new Error(`${operationId} ${status} documents no body`);
      return;
    }
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
