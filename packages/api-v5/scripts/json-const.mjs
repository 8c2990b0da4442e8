// The generated tables are large (V5_OPERATIONS, V5_CALLS, V5_CALL_INPUTS: some 100 kB) and every
// command that makes a client loads them. Written as object literals, V8 parses them as code on
// every start-up; as a JSON string it only scans the string, and JSON.parse reads it several times
// faster. The literal type (what `as const` gave) is spelled out beside it, for the compiler alone.

/** The TypeScript type `as const` would give `value`: readonly tuples and objects of literal types. */
export function literalType(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'readonly []';
    const flat = value.every((item) => item === null || typeof item !== 'object');
    if (flat) return `readonly [${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    return `readonly [\n${value.map((item) => `${inner}${literalType(item, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}readonly ${JSON.stringify(key)}: ${literalType(item, inner)};`).join('\n')}\n${indent}}`;
}

/**
 * `export const NAME` holding `value`: typed as its literal type (checked to be a `shape`, when
 * given, as `satisfies` would), its value parsed from JSON when the module loads.
 */
export function jsonConst(name, value, { doc, shape } = {}) {
  const type = literalType(value);
  const typed = shape ? `Checked<${type}, ${shape}>` : type;
  return [...(doc ? [`/** ${doc} */`] : []), `export const ${name}: ${typed} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`, ''];
}

/** The helper type `jsonConst` uses for `shape`; emit it once per module that passes one. */
export const CHECKED_TYPE = [
  '/** `T`, checked to be a `Shape` where the table is written (what `satisfies` does for a literal). */',
  'type Checked<T extends Shape, Shape> = T;',
  '',
];
