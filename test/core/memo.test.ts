import { describe, expect, test } from 'vitest';
import { maxRememberedNames, memoizedInMap } from '../../server/src/core/memo';
import { vufindBiblioSchema } from '../../server/src/core/schema/schema';

describe('answers by name', () => {
  test('are remembered up to maxRememberedNames names, and right for every name beyond', () => {
    const owner = {};
    const byName = new Map<string, string>();
    let made = 0;
    const make = (_owner: object, name: string) => { made++; return name.toUpperCase(); };
    const names = Array.from({ length: maxRememberedNames + 500 }, (_, i) => `garbage_${i}`);
    for (const name of names) expect(memoizedInMap(byName, owner, name, make)).toBe(name.toUpperCase());
    expect(byName.size).toBe(maxRememberedNames);
    expect(made).toBe(names.length);
    // A remembered name is not made again; one beyond the limit is made each time it is asked for.
    memoizedInMap(byName, owner, names[0]!, make);
    memoizedInMap(byName, owner, names.at(-1)!, make);
    expect(made).toBe(names.length + 1);
  });

  test('a schema resolves every name right beyond the names it remembers', () => {
    const schema = vufindBiblioSchema;
    for (let i = 0; i < maxRememberedNames + 100; i++) schema.resolve(`garbage_${i}`);
    expect(schema.resolve('title')).toMatchObject({ name: 'title', type: 'text' });
    expect(schema.resolve(`extra_${maxRememberedNames}_str`)).toMatchObject({ name: `extra_${maxRememberedNames}_str`, dynamicPattern: '*_str' });
    expect(schema.resolve(`garbage_${maxRememberedNames + 50}`)).toBeUndefined();
  });
});
