/**
 * The seller's SKU weights as CSV: `console,sku,weight_g` (docs/rate-card-csv.md, last
 * section). The same table the order panel fills when it asks for a weight. An empty
 * console cell means the SKU weighs the same on every console.
 */
import { consoleIds, type ConsoleId } from '../order-facts';
import { localized } from '../rules/engine/text';
import type { RowError } from './csv';
import { parseDecimal, readTable, type ColumnSpec } from './table';

const skuWeightColumns = {
  console: { names: ['console', '平台'], required: false },
  sku: { names: ['sku', '商品编码'], required: true },
  grams: { names: ['weight_g', '重量(g)', '重量(克)'], required: true },
} as const satisfies Record<string, ColumnSpec>;

/** The same bound as the panel's weight prompt (messaging.ts). */
const MAX_GRAMS = 1_000_000;
const MAX_SKU_LENGTH = 200;

export interface SkuWeight {
  console: ConsoleId;
  sku: string;
  grams: number;
}

export interface SkuWeightsPreview {
  errors: RowError[];
  rowCount: number;
  ignoredColumns: string[];
  /** The good rows (an empty console cell gives one weight per console). */
  weights: SkuWeight[];
  skipped: number[];
}

function consolesOf(cell: string): readonly ConsoleId[] | null {
  if (cell === '') return consoleIds;
  const id = cell.toLowerCase();
  return (consoleIds as readonly string[]).includes(id) ? [id as ConsoleId] : null;
}

export function previewSkuWeights(input: string): SkuWeightsPreview {
  const table = readTable(input, skuWeightColumns);
  if (!table.ok)
    return { errors: [table.error], rowCount: 0, ignoredColumns: [], weights: [], skipped: [] };
  const errors: RowError[] = [...table.rowErrors];
  const weights: SkuWeight[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const error = (en: string, zh: string) =>
      errors.push({ line: row.line, message: localized(en, zh) });
    const consoles = consolesOf(row.cell('console'));
    const sku = row.cell('sku');
    const grams = parseDecimal(row.cell('grams'));
    if (consoles === null) {
      error(
        `unknown console "${row.cell('console')}": use ${consoleIds.join(', ')} or leave it empty`,
        `无法识别的平台“${row.cell('console')}”：请填写 ${consoleIds.join(', ')} 或留空`,
      );
    } else if (sku === '' || sku.length > MAX_SKU_LENGTH) {
      error(
        `the SKU must be 1 to ${MAX_SKU_LENGTH} characters`,
        `SKU 须为 1 到 ${MAX_SKU_LENGTH} 个字符`,
      );
    } else if (grams === null || grams <= 0 || grams > MAX_GRAMS) {
      error(
        `weight_g must be a number of grams above 0 such as 125 or 12.5`,
        `weight_g 必须是大于 0 的克数，如 125 或 12.5`,
      );
    } else {
      const clash = consoles
        .map((id) => seen.get(`${id}:${sku}`))
        .find((line) => line !== undefined);
      if (clash !== undefined) {
        error(`${sku} is already on line ${clash}`, `${sku} 已在第 ${clash} 行出现`);
        continue;
      }
      for (const id of consoles) {
        seen.set(`${id}:${sku}`, row.line);
        weights.push({ console: id, sku, grams });
      }
    }
  }
  const bad = new Set(errors.map((error) => error.line));
  return {
    errors: errors.sort((a, b) => a.line - b.line),
    rowCount: table.rows.length + table.rowErrors.length,
    ignoredColumns: table.ignoredColumns,
    weights,
    skipped: [...bad].sort((a, b) => a - b),
  };
}
