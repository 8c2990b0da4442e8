// One plausible input per operation (path params, required query, the body with its required
// fields), derived from the description for the test that walks every operation through the
// client against the simulator (tooling/api-walk). Values: the description's enum or example
// where it has one, else the smallest value of the declared type and format.

// Deep enough for the catalogs filters (body, filters, any_of, item, union, MIN_PRICE, values),
// where each allOf/oneOf and property is a level; still bounds a schema that refers to itself.
const MAX_DEPTH = 16;

function resolver(spec) {
  return (node) => {
    for (let hops = 0; node?.$ref && hops < 20; hops += 1) {
      const [, , kind, name] = node.$ref.split('/');
      node = spec.components[kind]?.[name];
    }
    return node;
  };
}

function stringFor(schema) {
  if (schema.format === 'date') return '2026-01-01';
  if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
  if (schema.format === 'uri' || schema.format === 'url') return 'https://example.com/item';
  if (schema.format === 'email') return 'someone@example.com';
  // Dates written as a pattern (`^(\d{4})-(0[1-9]|1[0-2])-...$`) rather than a format.
  if (typeof schema.pattern === 'string' && /\\d\{4\}\)?-/.test(schema.pattern)) return '2026-01-01';
  // URLs written as a pattern (`^(http|https|ftp|sftp)://`), such as a catalog feed's location.
  if (typeof schema.pattern === 'string' && /https?\b|:\/\//.test(schema.pattern)) return 'https://example.com/item';
  if (typeof schema.pattern === 'string' && /\\d/.test(schema.pattern)) return '1234';
  return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}

function sampler(spec) {
  const resolve = resolver(spec);
  const sample = (input, depth = 0) => {
    const schema = resolve(input);
    if (!schema || depth > MAX_DEPTH) return null;
    if (schema.allOf) {
      const parts = schema.allOf.map((part) => sample(part, depth + 1));
      if (parts.every((part) => part && typeof part === 'object' && !Array.isArray(part))) return Object.assign({}, ...parts);
      return parts.find((part) => part !== null) ?? null;
    }
    const branch = schema.oneOf?.[0] ?? schema.anyOf?.[0];
    if (branch) return sample(branch, depth + 1);
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? null;
    if (schema.example !== undefined && typeof schema.example !== 'object') return schema.example;
    if (schema.default !== undefined && typeof schema.default !== 'object') return schema.default;
    switch (schema.type) {
      case 'string':
        return stringFor(schema);
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array':
        return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(schema.items, depth + 1));
      default: {
        const out = {};
        for (const name of schema.required ?? []) out[name] = sample(schema.properties?.[name] ?? {}, depth + 1);
        return out;
      }
    }
  };
  return { sample, resolve };
}

/** `{ [operationId]: { params?, query?, body? } }` for every operation of the description. */
export function sampleInputs(spec) {
  const { sample, resolve } = sampler(spec);
  const inputs = {};
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (!op?.operationId) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const input = {};
      for (const parameter of parameters) {
        if (parameter.in !== 'path' && !(parameter.in === 'query' && parameter.required)) continue;
        const where = parameter.in === 'path' ? 'params' : 'query';
        input[where] ??= {};
        input[where][parameter.name] = sample(parameter.schema ?? {});
      }
      const body = resolve(op.requestBody);
      const content = body?.content?.['application/json'] ?? body?.content?.['application/x-www-form-urlencoded'];
      if (body?.required && content) input.body = sample(content.schema ?? {});
      inputs[op.operationId] = input;
    }
  }
  return inputs;
}
