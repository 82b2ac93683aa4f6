/**
 * How big a content script may be: each one is injected into every console page, so its size is
 * parse and compile time on every page a seller opens (docs/decisions.md#content-script-size).
 *
 * - BUDGET: the hard limit, checked by test/e2e/bundle-budget.e2e.ts. 110 KB until December
 *   2026, briefly 115 KB (the Amazon script reached 110.4 KB with react-dom); 90 KB since the
 *   content scripts render through preact/compat (71–75 KB), so the target is not already
 *   passed by the limit.
 * - TARGET: where the bench says we should be (issue "lighter and faster").
 *
 * Sizes are gzip level 9 in KB of 1,024 bytes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_KB = 90;
export const TARGET_GZIP_KB = 85;

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}
