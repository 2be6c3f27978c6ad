/**
 * Appends `value` to the list under `key`, in place: resolvers and rules group claims by
 * entity and kind this way, and copying the list on every append would make
 * grouping quadratic in the group's size.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups values by key, each group in the values' order. */
export function groupBy<K, V>(values: Iterable<V>, keyOf: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) appendTo(groups, keyOf(value), value);
  return groups;
}
