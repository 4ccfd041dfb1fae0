/**
 * Deterministic orders. Strings compare by UTF-16 code unit, never by locale: the same input must sort
 * the same way on every machine, since sorted catalog documents are hashed and diffed between imports.
 */

/** Ascending order of two strings (or numbers, or bigints). */
export function compareValues<V extends string | number | bigint>(a: V, b: V): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator ascending by `key`. */
export function byKey<T, V extends string | number | bigint>(key: (item: T) => V): (a: T, b: T) => number {
  return (a, b) => compareValues(key(a), key(b));
}

/** A comparator descending by `key`. */
export function byKeyDescending<T, V extends string | number | bigint>(key: (item: T) => V): (a: T, b: T) => number {
  return (a, b) => compareValues(key(b), key(a));
}

/** The first comparator that tells two items apart decides. */
export function thenBy<T>(...comparators: ((a: T, b: T) => number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}
