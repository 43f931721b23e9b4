/**
 * `cache[owner][name]`, made by `make(owner, name)` the first time it is asked for: answers that depend on an object
 * (a schema, a parse, a document) and a field name, and are asked for again and again.
 *
 * `make` takes its inputs as arguments so that it can be a module-level function rather than a closure over the
 * owner: the call site remembers the last function it called (V8's call feedback), and a young-generation collection
 * keeps what it remembers alive, so a closure over a document would keep the document alive until a full collection.
 */
export function memoizedByName<Owner extends object, T>(cache: WeakMap<Owner, Map<string, T>>, owner: Owner, name: string,
  make: (owner: Owner, name: string) => T): T {
  return memoizedInMap(answersByName(cache, owner), owner, name, make);
}

/**
 * `cache[owner]`: the owner's answers by name, for a caller that asks about every field of a record (one lookup in
 * the weak map per record rather than per field); read it with `memoizedInMap`. `undefined` is no answer.
 */
export function answersByName<Owner extends object, T>(cache: WeakMap<Owner, Map<string, T>>, owner: Owner): Map<string, T> {
  let byName = cache.get(owner);
  if (!byName) {
    byName = new Map();
    cache.set(owner, byName);
  }
  return byName;
}

/** `byName[name]`, made by `make(owner, name)` the first time (see `memoizedByName`). */
export function memoizedInMap<Owner extends object, T>(byName: Map<string, T>, owner: Owner, name: string,
  make: (owner: Owner, name: string) => T): T {
  let value = byName.get(name);
  if (value === undefined) {
    value = make(owner, name);
    remember(byName, name, value);
  }
  return value;
}

/**
 * Beyond this many names, answers by name are no longer remembered. Real records use a few hundred names; a
 * document of garbage (a big file of something else opened as records) has one per line, and the language server,
 * which keeps its schema for as long as it runs, would keep an answer for each of them.
 */
export const maxRememberedNames = 10_000;

/** `byName[name] = value`, unless `byName` holds `maxRememberedNames` answers already. */
export function remember<Name, T>(byName: Map<Name, T>, name: Name, value: T): void {
  if (byName.size < maxRememberedNames) byName.set(name, value);
}
