/**
 * How big a content script may be: each one is injected into every console page, so its size is
 * parse and compile time on every page a seller opens (docs/decisions.md#content-script-size).
 *
 * - BUDGET: the hard limit, checked by test/e2e/bundle-budget.e2e.ts. 110 KB until December
 *   2026; 115 KB since the policies of December 2026 (destination rules, landed cost), the
 *   compliance ledger and FBA first-leg advice, and the big-page list reading landed together
 *   (the Amazon script reached 110.4 KB after terser).
 * - TARGET: where the bench says we should be (issue "lighter and faster"); not reachable while
 *   react-dom (about 41 KB gzip) is in every content script.
 *
 * Sizes are gzip level 9 in KB of 1,024 bytes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_KB = 115;
export const TARGET_GZIP_KB = 85;

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}
