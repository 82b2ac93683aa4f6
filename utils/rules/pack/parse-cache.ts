import { parsePack, type ParsePackResult } from './parse';

/**
 * `parsePack`, remembered by the pack's JSON text. Every console page load asks the
 * background for a snapshot, and each time the stored bundled pack (200 KB) and the composed
 * one were validated again: 17–70 ms each in Node, more in a cold service worker. Keyed by
 * content, so no writer has to remember to invalidate anything: a changed layer is a
 * different key. Results are frozen, since every caller now shares them; a few recent ones
 * are kept (bundled, each feed, the composed pack, and an options-page edit or two).
 */
const LIMIT = 8;
const results = new Map<string, ParsePackResult>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function parsePackCached(json: unknown): ParsePackResult {
  const key = JSON.stringify(json) ?? 'undefined';
  let result = results.get(key);
  if (result === undefined) {
    result = deepFreeze(parsePack(json));
    if (results.size >= LIMIT) {
      const oldest = results.keys().next();
      if (!oldest.done) results.delete(oldest.value);
    }
  } else results.delete(key); // most recently used goes last
  results.set(key, result);
  return result;
}
