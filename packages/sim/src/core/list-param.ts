// The description types several query parameters as arrays. Pinterest reads an array as repeated
// parameters or as one comma-separated value (its own example: `?terms=clothes,workout`), so
// both are read here.

/** Every value of `name`, repeated or comma-separated, trimmed; empty when absent. */
export function readList(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
