import { type JsonSchema, type SchemaSet, resolveRef } from './load-description.js';

/** The properties an object schema gives, its `allOf` parts' and its alternatives' included. */
export function propertiesOf(description: SchemaSet, schema: JsonSchema, depth = 0): Record<string, JsonSchema> {
  const node = resolveRef(description, schema);
  if (depth > 8) return {};
  const merged: Record<string, JsonSchema> = {};
  // A union's branches (a retail, hotel or creative-assets feed) offer their fields too; the first branch's win.
  for (const part of [...(node.anyOf ?? node.oneOf ?? [])].reverse()) Object.assign(merged, propertiesOf(description, part, depth + 1));
  for (const part of node.allOf ?? []) Object.assign(merged, propertiesOf(description, part, depth + 1));
  return Object.assign(merged, node.properties ?? {});
}

/** The schema of an array property (`items` of a page, `keywords` of a keywords answer), if the object has one. */
export function arrayItemsOf(description: SchemaSet, schema: JsonSchema, name: string): JsonSchema | undefined {
  const property = propertiesOf(description, schema)[name];
  if (property === undefined) return undefined;
  const node = resolveRef(description, property);
  const branch = node.items
    ? node
    : (node.anyOf ?? node.oneOf ?? node.allOf ?? []).map((part) => resolveRef(description, part)).find((part) => part.items);
  return branch?.items;
}

/** Whether answers of `schema` are objects that carry an `id`: records a later read can find. */
export function hasId(description: SchemaSet, schema: JsonSchema): boolean {
  return 'id' in propertiesOf(description, schema);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
