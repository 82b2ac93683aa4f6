/**
 * How carrier and service names are compared: the pack's alias tables (checked in checks.ts)
 * and the engine (facts.ts, pack-index.ts) read names the consoles word inconsistently.
 */

/** Trimmed, inner whitespace collapsed: how carrier and service names are read. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Case-insensitive key for matching names the consoles word inconsistently. */
export function nameKey(name: string): string {
  return normaliseName(name).toLowerCase();
}
