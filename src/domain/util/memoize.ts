/**
 * `compute` run once per key object, its value kept for as long as the key lives (a WeakMap): for
 * what is derived from objects that never change once made, the catalog's and a request's. A key
 * must not change after its first call.
 */
export function memoizedPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}
