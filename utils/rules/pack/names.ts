/**
 * How carrier and service names are compared: the pack's alias tables (checked in checks.ts)
 * and the engine (facts.ts, pack-index.ts) read names the consoles word inconsistently.
 */

/** Trimmed, inner whitespace collapsed: how carrier and service names are read. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * Keys of the names asked lately. A console shows the same few carrier and service names on
 * every row, and the engine keys each of them for every order: a lookup costs less than the
 * regex. Bounded, because a name typed on a ship form changes with every keystroke.
 */
const recentKeys = new Map<string, string>();
const MAX_RECENT_KEYS = 256;

/** Case-insensitive key for matching names the consoles word inconsistently. */
export function nameKey(name: string): string {
  let key = recentKeys.get(name);
  if (key === undefined) {
    if (recentKeys.size >= MAX_RECENT_KEYS) recentKeys.clear();
    recentKeys.set(name, (key = normaliseName(name).toLowerCase()));
  }
  return key;
}
