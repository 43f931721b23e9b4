/**
 * `cache[owner][name]`, made by `make` the first time it is asked for: answers that depend on an object (a schema,
 * a parse, a document) and a field name, and are asked for again and again.
 */
export function memoizedByName<Owner extends object, T>(cache: WeakMap<Owner, Map<string, T>>, owner: Owner, name: string, make: () => T): T {
  let byName = cache.get(owner);
  if (!byName) {
    byName = new Map();
    cache.set(owner, byName);
  }
  let value = byName.get(name);
  if (value === undefined) {
    value = make();
    byName.set(name, value);
  }
  return value;
}
