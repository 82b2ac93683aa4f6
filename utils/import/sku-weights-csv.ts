/**
 * The seller's SKU weights as CSV: `console,sku,weight_g` (docs/rate-card-csv.md, last
 * section). The same table the order panel fills when it asks for a weight. An empty
 * console cell means the SKU weighs the same on every console: one row for any console
 * ('*'), not one per console.
 */
import { consoleIds } from '../order-facts';
import {
  ANY_CONSOLE,
  isSku,
  isSkuGrams,
  MAX_SKU_GRAMS,
  MAX_SKU_LENGTH,
  type SkuWeightConsole,
} from '../sku-weights';
import { checkRows, parseDecimal, rowError, type CheckedRows, type ColumnSpec } from './table';
import { uncounted, type WorkCounter } from './work-counter';

const skuWeightColumns = {
  console: { names: ['console', '平台'], required: false },
  sku: { names: ['sku', '商品编码'], required: true },
  grams: { names: ['weight_g', '重量(g)', '重量(克)'], required: true },
} as const satisfies Record<string, ColumnSpec>;

export interface SkuWeight {
  console: SkuWeightConsole;
  sku: string;
  grams: number;
}

/** The good rows' weights (an empty console cell gives one weight for any console, '*'). */
export type SkuWeightsPreview = CheckedRows<SkuWeight>;

function consoleOf(cell: string): SkuWeightConsole | null {
  if (cell === '') return ANY_CONSOLE;
  const id = cell.toLowerCase();
  return consoleIds.find((known) => known === id) ?? null;
}

export function previewSkuWeights(input: string, work: WorkCounter = uncounted): SkuWeightsPreview {
  // First line of each console + SKU, and of each SKU on any console: a row for any console
  // clashes with every row of its SKU, a console's row with its own and with the any-console one.
  const seen = new Map<string, number>();
  const seenSku = new Map<string, number>();
  const bad = rowError<SkuWeight>;
  return checkRows(
    input,
    skuWeightColumns,
    (row) => {
      const consoleId = consoleOf(row.cell('console'));
      const sku = row.cell('sku');
      const grams = parseDecimal(row.cell('grams'));
      if (consoleId === null) {
        return bad(
          `unknown console "${row.cell('console')}": use ${consoleIds.join(', ')} or leave it empty`,
          `无法识别的平台“${row.cell('console')}”：请填写 ${consoleIds.join(', ')} 或留空`,
        );
      }
      if (!isSku(sku)) {
        return bad(
          `the SKU must be 1 to ${MAX_SKU_LENGTH} characters`,
          `SKU 须为 1 到 ${MAX_SKU_LENGTH} 个字符`,
        );
      }
      if (!isSkuGrams(grams)) {
        return bad(
          `weight_g must be a number of grams above 0 and at most ${MAX_SKU_GRAMS}, such as 125 or 12.5`,
          `weight_g 必须是大于 0、不超过 ${MAX_SKU_GRAMS} 的克数，如 125 或 12.5`,
        );
      }
      const clash =
        consoleId === ANY_CONSOLE
          ? seenSku.get(sku)
          : (seen.get(`${consoleId}:${sku}`) ?? seen.get(`${ANY_CONSOLE}:${sku}`));
      if (clash !== undefined)
        return bad(`${sku} is already on line ${clash}`, `${sku} 已在第 ${clash} 行出现`);
      seen.set(`${consoleId}:${sku}`, row.line);
      if (!seenSku.has(sku)) seenSku.set(sku, row.line);
      return { ok: true, item: { console: consoleId, sku, grams } };
    },
    work,
  );
}
