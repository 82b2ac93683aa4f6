/**
 * A record's own entry for `key`, never one inherited from `Object.prototype`: keys come from
 * documents (a zone or rate key named "constructor" is a valid id), and `record[key]` would
 * answer with a function for them.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
