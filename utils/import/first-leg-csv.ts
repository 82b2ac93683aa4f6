/**
 * A forwarder's FBA first-leg card as CSV (format: docs/rate-card-csv.md "First-leg rate
 * cards", sample: public/samples/first-leg-sample.csv) → first-leg lines, one per row: an
 * express, air, rail, sea LCL or full-container line with its price, destinations and transit
 * days. Read with the same table reader as the other imports (delimiter, UTF-8 check, line
 * numbers); nothing is applied here: the preview lists every bad row with its line and reason,
 * and the lines the good rows give.
 */
import { countryCode } from '../parse/country';
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import {
  FirstLegChannelSchema,
  firstLegModes,
  type FirstLegChannel,
  type FirstLegMode,
} from '../rules/pack/schema';
import { importedFrom, slugId, type ImportSource } from './rate-card-channel';
import {
  checkRows,
  currencyCell,
  parseDecimal,
  parseWhole,
  rowError,
  type CheckedRows,
  type ColumnSpec,
  type RowCheck,
  type TableRow,
} from './table';
import { uncounted, type WorkCounter } from './work-counter';

export const firstLegColumns = {
  id: { names: ['id', '线路编号'], required: false },
  name: { names: ['name', '线路名称'], required: true },
  provider: { names: ['provider', '货代'], required: false },
  mode: { names: ['mode', '运输方式'], required: true },
  origins: { names: ['origins', '起运国'], required: false },
  destinations: { names: ['destinations', '目的国'], required: true },
  currency: { names: ['currency', '币种'], required: true },
  perKg: { names: ['per_kg', '每公斤运费'], required: false },
  volumetricDivisor: { names: ['volumetric_divisor', '体积重系数'], required: false },
  minimumCharge: { names: ['min_charge', '最低收费'], required: false },
  maxCartonKg: { names: ['max_carton_kg', '单箱限重'], required: false },
  perCbm: { names: ['per_cbm', '每立方运费'], required: false },
  minimumCbm: { names: ['min_cbm', '最低立方'], required: false },
  perContainer: { names: ['per_container', '每柜运费'], required: false },
  containerCbm: { names: ['container_cbm', '柜容积'], required: false },
  containerMaxKg: { names: ['container_max_kg', '柜限重'], required: false },
  minFillCbm: { names: ['min_fill_cbm', '起订立方'], required: false },
  minDays: { names: ['min_days', '最短时效'], required: true },
  maxDays: { names: ['max_days', '最长时效'], required: true },
} as const satisfies Record<string, ColumnSpec>;
export type FirstLegColumn = keyof typeof firstLegColumns;

/** The mode cell: the pack's words, or the Chinese ones forwarders print. */
const modeWords: Readonly<Record<string, FirstLegMode>> = {
  ...Object.fromEntries(firstLegModes.map((mode) => [mode, mode])),
  快递: 'express',
  空运: 'air',
  海运拼箱: 'sea-lcl',
  海运整柜: 'sea-fcl',
  铁路: 'rail',
};

/** The price columns each mode reads; a filled column of another mode is a mistake. */
const priceColumns: Readonly<Record<FirstLegMode, readonly FirstLegColumn[]>> = {
  express: ['perKg', 'volumetricDivisor', 'minimumCharge', 'maxCartonKg'],
  air: ['perKg', 'volumetricDivisor', 'minimumCharge', 'maxCartonKg'],
  rail: ['perKg', 'volumetricDivisor', 'minimumCharge', 'maxCartonKg'],
  'sea-lcl': ['perCbm', 'minimumCbm'],
  'sea-fcl': ['perContainer', 'containerCbm', 'containerMaxKg', 'minFillCbm'],
};
const allPriceColumns = [...new Set(Object.values(priceColumns).flat())];

/** The usual divisors when the card states none (docs/first-leg.md). */
const defaultDivisor: Readonly<Record<'express' | 'air' | 'rail', number>> = {
  express: 5000,
  air: 6000,
  rail: 6000,
};

/** What the file is checked against: the active pack and the seller's settings. */
export interface FirstLegCardContext {
  /** Currencies the active pack can convert. */
  currencies: readonly string[];
  /** The ship-from country, for rows that name no origin. */
  shipFrom: string;
}

/** A line as the file gives it; where it came from is added when it is applied. */
export type ImportedFirstLegLine = FirstLegChannel extends infer Line
  ? Line extends FirstLegChannel
    ? Omit<Line, 'source' | 'sample'>
    : never
  : never;

/** Every bad row by line, and the good rows' lines (the whole file when there are none). */
export type FirstLegCardPreview = CheckedRows<ImportedFirstLegLine>;

type Checked = RowCheck<ImportedFirstLegLine>;
const bad = rowError<ImportedFirstLegLine>;

/** "US CA", "US|CA", "US/CA", "美国、加拿大" → codes, or the first cell part that is none. */
function countries(cell: string): { ok: true; codes: string[] } | { ok: false; part: string } {
  const codes: string[] = [];
  for (const part of cell.split(/[\s|/;,、，]+/u).filter(Boolean)) {
    const code = countryCode(part);
    if (code === null) return { ok: false, part };
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, codes };
}

/** A positive number from a cell, null when empty, undefined when not a number above 0. */
function amount(row: TableRow<FirstLegColumn>, column: FirstLegColumn): number | null | undefined {
  const cell = row.cell(column);
  if (cell === '') return null;
  const value = parseDecimal(cell);
  return value === null || value <= 0 ? undefined : value;
}

/** The price fields of a row's mode, or why they cannot be read. */
function prices(
  row: TableRow<FirstLegColumn>,
  mode: FirstLegMode,
): { ok: true; fields: Record<string, number> } | { ok: false; message: LocalizedText } {
  const stray = allPriceColumns.find(
    (column) => !priceColumns[mode].includes(column) && row.cell(column) !== '',
  );
  if (stray !== undefined) {
    const name = firstLegColumns[stray].names[0];
    return {
      ok: false,
      message: localized(
        `${name} is not read for a ${mode} line: leave it empty`,
        `${mode} 线路不使用 ${name}：请留空`,
      ),
    };
  }
  const fields: Record<string, number> = {};
  for (const column of priceColumns[mode]) {
    const value = amount(row, column);
    const name = firstLegColumns[column].names[0];
    if (value === undefined) {
      return {
        ok: false,
        message: localized(
          `${name} must be a number above 0 such as 38.5`,
          `${name} 必须是大于 0 的数字，如 38.5`,
        ),
      };
    }
    if (value !== null) fields[column] = value;
  }
  const required: readonly FirstLegColumn[] =
    mode === 'sea-lcl'
      ? ['perCbm']
      : mode === 'sea-fcl'
        ? ['perContainer', 'containerCbm', 'containerMaxKg', 'minFillCbm']
        : ['perKg'];
  const missing = required.filter((column) => fields[column] === undefined);
  if (missing.length > 0) {
    const names = missing.map((column) => firstLegColumns[column].names[0]).join(', ');
    return {
      ok: false,
      message: localized(`a ${mode} line needs ${names}`, `${mode} 线路须填写 ${names}`),
    };
  }
  if (mode === 'express' || mode === 'air' || mode === 'rail') {
    fields['volumetricDivisor'] ??= defaultDivisor[mode];
  }
  return { ok: true, fields };
}

/** One row on its own: every cell present, a number where a number belongs. */
function checkRow(row: TableRow<FirstLegColumn>, context: FirstLegCardContext): Checked {
  const name = row.cell('name');
  if (name === '') return bad('no name', '缺少线路名称');
  const idCell = row.cell('id').toLowerCase();
  if (idCell !== '' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(idCell)) {
    return bad(
      `id "${row.cell('id')}" must be lower-case letters, digits and dashes, such as fba-air-us`,
      `线路编号“${row.cell('id')}”只能用小写字母、数字和连字符，如 fba-air-us`,
    );
  }
  const mode = modeWords[row.cell('mode').toLowerCase()];
  if (mode === undefined) {
    return bad(
      `unknown mode "${row.cell('mode')}": use ${firstLegModes.join(', ')}`,
      `无法识别的运输方式“${row.cell('mode')}”：请填写 ${firstLegModes.join(', ')} 或 快递、空运、海运拼箱、海运整柜、铁路`,
    );
  }
  const destinations = countries(row.cell('destinations'));
  if (!destinations.ok || destinations.codes.length === 0) {
    const part = destinations.ok ? '' : destinations.part;
    return bad(
      `unknown destination "${part}": use country codes such as US or "US CA"`,
      `无法识别的目的国“${part}”：请填写国家代码，如 US 或 "US CA"`,
    );
  }
  const origins = row.cell('origins') === '' ? null : countries(row.cell('origins'));
  if (origins !== null && !origins.ok) {
    return bad(
      `unknown origin "${origins.part}": use country codes such as CN`,
      `无法识别的起运国“${origins.part}”：请填写国家代码，如 CN`,
    );
  }
  const currency = currencyCell(row.cell('currency'), context.currencies);
  if (!currency.ok) return currency;
  const min = parseWhole(row.cell('minDays'));
  const max = parseWhole(row.cell('maxDays'));
  if (min === null || max === null) {
    return bad('min_days and max_days must be whole days', 'min_days 和 max_days 必须是整数天数');
  }
  if (min > max) {
    return bad(`min_days ${min} is above max_days ${max}`, `min_days ${min} 大于 max_days ${max}`);
  }
  const priced = prices(row, mode);
  if (!priced.ok) return priced;
  const line = {
    id: idCell || slugId('local-fl', name),
    // The seller names it once; the name is theirs in both languages.
    name: { en: name, 'zh-CN': name },
    provider: row.cell('provider') || name,
    mode,
    origins: origins?.ok ? origins.codes : [context.shipFrom],
    destinations: destinations.codes,
    currency: currency.item,
    transitDays: { min, max },
    ...priced.fields,
  };
  // The pack's own schema has the last word, so what previews is what the pack accepts.
  const parsed = FirstLegChannelSchema.safeParse({ ...line, sample: false, source: 'import' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const text = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
    return bad(text, text);
  }
  // Where the line came from is stamped when it is applied (firstLegChannels).
  const imported: Partial<FirstLegChannel> = { ...parsed.data };
  delete imported.sample;
  delete imported.source;
  return { ok: true, item: imported as ImportedFirstLegLine };
}

export function previewFirstLegCard(
  input: string,
  context: FirstLegCardContext,
  work: WorkCounter = uncounted,
): FirstLegCardPreview {
  const lineOf = new Map<string, number>();
  return checkRows(
    input,
    firstLegColumns,
    (row) => {
      const checked = checkRow(row, context);
      if (!checked.ok) return checked;
      const first = lineOf.get(checked.item.id);
      if (first !== undefined) {
        return bad(
          `${checked.item.id} is already on line ${first}: one row per line`,
          `${checked.item.id} 已在第 ${first} 行出现：每条线路一行`,
        );
      }
      lineOf.set(checked.item.id, row.line);
      return checked;
    },
    work,
  );
}

/** The lines as the pack keeps them: the seller's own numbers, with where they came from. */
export function firstLegChannels(
  lines: readonly ImportedFirstLegLine[],
  source: ImportSource,
): FirstLegChannel[] {
  return lines.map((line) => ({ ...line, sample: false, source: importedFrom(source) }));
}
