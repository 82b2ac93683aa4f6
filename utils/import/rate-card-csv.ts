/**
 * A forwarder's rate card as CSV (format: docs/rate-card-csv.md, sample:
 * public/samples/rate-card-sample.csv) → the rate entries of one channel. Nothing is applied
 * here: the preview lists every bad row with its line and reason, and offers what would be
 * applied if those rows were skipped (a skipped band can leave a gap, so the rows after it
 * are left out too, and said so).
 */
import { countryCode } from '../parse/country';
import type { Band, RateEntry } from '../rules/pack/schema';
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { ownValue } from '../own';
import type { RowError } from './csv';
import { settleDestination } from './rate-card-settle';
import {
  currencyCell,
  parseDecimal,
  parseWhole,
  readTable,
  type ColumnSpec,
  type TableRow,
} from './table';
import { uncounted, type WorkCounter } from './work-counter';

export const rateCardColumns = {
  destination: { names: ['destination', '目的地'], required: true },
  fromGrams: { names: ['from_g', '起始克重'], required: true },
  toGrams: { names: ['to_g', '截止克重'], required: true },
  perKg: { names: ['per_kg', '每公斤运费'], required: false },
  perGram: { names: ['per_g', '每克运费'], required: false },
  parcelFee: { names: ['parcel_fee', '挂号费'], required: true },
  currency: { names: ['currency', '币种'], required: true },
  minChargeableGrams: { names: ['min_chargeable_g', '最低计费克重'], required: false },
  volumetricDivisor: { names: ['volumetric_divisor', '体积重系数'], required: false },
  stepGrams: { names: ['step_g', '进位克重'], required: false },
  minDays: { names: ['min_days', '最短时效'], required: false },
  maxDays: { names: ['max_days', '最长时效'], required: false },
} as const satisfies Record<string, ColumnSpec>;
type Column = keyof typeof rateCardColumns;

/** What the file is checked against: the active pack and the channel being replaced. */
export interface RateCardContext {
  zones: Readonly<Record<string, readonly string[]>>;
  /** Currencies the active pack can convert. */
  currencies: readonly string[];
  /** The channel's current entries: their delivery days are kept when the file has none. */
  currentRates: Readonly<Record<string, RateEntry>>;
}

export interface ImportedRateCard {
  currency: string;
  volumetricDivisor: number | null;
  /** Keyed by ISO country, zone id or '*', as the pack's rates are. */
  rates: Record<string, RateEntry>;
  /** Data lines left out (bad, or after a bad band of the same destination). */
  skipped: number[];
}

export interface RateCardPreview {
  /** Every bad row, by line; empty when the whole file can be applied. */
  errors: RowError[];
  rowCount: number;
  ignoredColumns: string[];
  /** The whole file when there are no errors, else what the good rows give; null if none. */
  card: ImportedRateCard | null;
}

interface RateRow {
  line: number;
  destination: string;
  band: Band;
  currency: string;
  minChargeableGrams: number | null;
  volumetricDivisor: number | null;
  days: { minDays: number; maxDays: number } | null;
}

type Checked = { ok: true; row: RateRow } | { ok: false; message: LocalizedText };

function bad(en: string, zh: string): Checked {
  return { ok: false, message: localized(en, zh) };
}

function destinationOf(cell: string, context: RateCardContext): string | null {
  if (cell === '*' || Object.hasOwn(context.zones, cell)) return cell;
  return countryCode(cell);
}

function optionalWhole(row: TableRow<Column>, column: Column): number | null | undefined {
  const cell = row.cell(column);
  if (cell === '') return null;
  return parseWhole(cell) ?? undefined;
}

/** One row on its own: every cell present, a number where a number belongs. */
function checkRow(row: TableRow<Column>, context: RateCardContext): Checked {
  const cell = row.cell('destination');
  if (cell === '') return bad('no destination', '缺少目的地');
  const destination = destinationOf(cell, context);
  if (destination === null) {
    return bad(
      `unknown destination "${cell}": use a country code (US), a zone of your rules or *`,
      `无法识别的目的地“${cell}”：请填写国家代码（如 US）、规则中的分区或 *`,
    );
  }
  const fromGrams = parseWhole(row.cell('fromGrams'));
  const toGrams = parseWhole(row.cell('toGrams'));
  if (fromGrams === null || toGrams === null) {
    return bad('from_g and to_g must be whole grams', 'from_g 和 to_g 必须是整数克');
  }
  if (toGrams <= fromGrams) {
    return bad(
      `to_g ${toGrams} must be above from_g ${fromGrams}`,
      `to_g ${toGrams} 必须大于 from_g ${fromGrams}`,
    );
  }
  const perKgCell = row.cell('perKg');
  const perGramCell = row.cell('perGram');
  if ((perKgCell === '') === (perGramCell === '')) {
    return bad('give exactly one of per_kg or per_g', 'per_kg 和 per_g 必须且只能填一个');
  }
  const rate = parseDecimal(perKgCell || perGramCell);
  const parcelFee = parseDecimal(row.cell('parcelFee'));
  if (rate === null || parcelFee === null) {
    return bad(
      'per_kg / per_g and parcel_fee must be numbers such as 79.9 (0 when there is no fee)',
      'per_kg / per_g 和 parcel_fee 必须是数字，如 79.9（没有挂号费填 0）',
    );
  }
  const currencyChecked = currencyCell(row.cell('currency'), context.currencies);
  if (!currencyChecked.ok) return currencyChecked;
  const currency = currencyChecked.item;
  const minChargeableGrams = optionalWhole(row, 'minChargeableGrams');
  const stepGrams = optionalWhole(row, 'stepGrams');
  const minDays = optionalWhole(row, 'minDays');
  const maxDays = optionalWhole(row, 'maxDays');
  if (minChargeableGrams === undefined || stepGrams === undefined || stepGrams === 0) {
    return bad(
      'min_chargeable_g and step_g must be whole grams',
      'min_chargeable_g 和 step_g 必须是整数克',
    );
  }
  if (minDays === undefined || maxDays === undefined || (minDays === null) !== (maxDays === null)) {
    return bad(
      'give both min_days and max_days as whole days, or neither',
      'min_days 和 max_days 须同时填写整数天数，或都不填',
    );
  }
  if (minDays !== null && maxDays !== null && minDays > maxDays) {
    return bad(
      `min_days ${minDays} is above max_days ${maxDays}`,
      `min_days ${minDays} 大于 max_days ${maxDays}`,
    );
  }
  const divisorCell = row.cell('volumetricDivisor');
  const volumetricDivisor = divisorCell === '' ? null : parseDecimal(divisorCell);
  if (volumetricDivisor === 0 || (divisorCell !== '' && volumetricDivisor === null)) {
    return bad(
      'volumetric_divisor must be a number such as 5000',
      'volumetric_divisor 必须是数字，如 5000',
    );
  }
  const band: Band = {
    fromGrams,
    toGrams,
    ...(perKgCell === '' ? { perGram: rate } : { perKg: rate }),
    perParcelFee: parcelFee,
    ...(stepGrams === null ? {} : { stepGrams }),
  };
  return {
    ok: true,
    row: {
      line: row.line,
      destination,
      band,
      currency,
      minChargeableGrams,
      volumetricDivisor,
      days: minDays === null || maxDays === null ? null : { minDays, maxDays },
    },
  };
}

/** The value most rows have (the first such on a tie): the odd rows out are the errors. */
function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function currentDays(destination: string, context: RateCardContext): RateEntry | undefined {
  const { currentRates, zones } = context;
  const zone = Object.keys(zones).find(
    (id) =>
      ownValue(zones, id)?.includes(destination) === true &&
      ownValue(currentRates, id) !== undefined,
  );
  return (
    ownValue(currentRates, destination) ??
    (zone === undefined ? undefined : ownValue(currentRates, zone)) ??
    ownValue(currentRates, '*')
  );
}

function groupBy(rows: readonly RateRow[]): Map<string, RateRow[]> {
  const groups = new Map<string, RateRow[]>();
  for (const row of rows) {
    const group = groups.get(row.destination);
    if (group === undefined) groups.set(row.destination, [row]);
    else group.push(row);
  }
  return groups;
}

/** What rows disagree on: one currency and divisor per card; days, minimum and bands per destination. */
function groupErrors(
  rows: readonly RateRow[],
  context: RateCardContext,
  work: WorkCounter,
): RowError[] {
  work.count(rows.length);
  const errors: RowError[] = [];
  const error = (line: number, en: string, zh: string) =>
    errors.push({ line, message: localized(en, zh) });
  const currency = majority(rows.map((row) => row.currency));
  const divisor = majority(rows.map((row) => row.volumetricDivisor));
  for (const row of rows) {
    if (row.currency !== currency) {
      error(
        row.line,
        `currency ${row.currency}, but the card is in ${currency}: one card, one currency`,
        `币种为 ${row.currency}，但本价卡为 ${currency}：一张价卡只能用一种币种`,
      );
    } else if (row.volumetricDivisor !== divisor) {
      error(
        row.line,
        `volumetric_divisor ${row.volumetricDivisor ?? '(empty)'} differs from the card's ${divisor ?? '(empty)'}`,
        `volumetric_divisor ${row.volumetricDivisor ?? '(空)'} 与本价卡的 ${divisor ?? '(空)'} 不一致`,
      );
    }
  }
  for (const [destination, group] of groupBy(rows)) {
    const [first] = group;
    if (!first) continue;
    const withDays = group.find((row) => row.days !== null);
    if (!withDays && !currentDays(destination, context)) {
      error(
        first.line,
        `no delivery days for ${destination}: add min_days and max_days`,
        `${destination} 没有时效：请填写 min_days 和 max_days`,
      );
    }
    for (const row of group) {
      if (
        row.days &&
        withDays?.days &&
        (row.days.minDays !== withDays.days.minDays || row.days.maxDays !== withDays.days.maxDays)
      ) {
        error(
          row.line,
          `delivery days differ from line ${withDays.line} for ${destination}`,
          `${destination} 的时效与第 ${withDays.line} 行不一致`,
        );
      }
      if (row.minChargeableGrams !== first.minChargeableGrams) {
        error(
          row.line,
          `min_chargeable_g differs from line ${first.line} for ${destination}`,
          `${destination} 的 min_chargeable_g 与第 ${first.line} 行不一致`,
        );
      }
    }
    const sorted = [...group].sort((a, b) => a.band.fromGrams - b.band.fromGrams);
    sorted.forEach((row, index) => {
      const previous = sorted[index - 1];
      if (!previous || row.band.fromGrams === previous.band.toGrams) return;
      const [en, zh] =
        row.band.fromGrams < previous.band.toGrams
          ? ['overlaps', '重叠']
          : ['leaves a gap after', '之间有空档'];
      error(
        row.line,
        `${destination} band ${row.band.fromGrams}–${row.band.toGrams} g ${en} line ${previous.line} (${previous.band.fromGrams}–${previous.band.toGrams} g)`,
        `${destination} 的重量段 ${row.band.fromGrams}–${row.band.toGrams} 克与第 ${previous.line} 行（${previous.band.fromGrams}–${previous.band.toGrams} 克）${zh}`,
      );
    });
  }
  return errors;
}

function build(
  rows: readonly RateRow[],
  context: RateCardContext,
  skipped: number[],
): ImportedRateCard {
  const rates: Record<string, RateEntry> = {};
  for (const [destination, group] of groupBy(rows)) {
    const days = group.find((row) => row.days !== null)?.days ?? currentDays(destination, context);
    const minimum = group[0]?.minChargeableGrams ?? null;
    rates[destination] = {
      minDays: days?.minDays ?? 0,
      maxDays: days?.maxDays ?? 0,
      ...(minimum === null ? {} : { minChargeableGrams: minimum }),
      bands: group.map((row) => row.band).sort((a, b) => a.fromGrams - b.fromGrams),
    };
  }
  return {
    currency: rows[0]?.currency ?? '',
    volumetricDivisor: rows[0]?.volumetricDivisor ?? null,
    rates,
    skipped,
  };
}

/** The rows left once `bad` ones are left out, and those that break without them (rate-card-settle.ts). */
function settle(
  rows: readonly RateRow[],
  bad: ReadonlySet<number>,
  context: RateCardContext,
  work: WorkCounter,
): RateRow[] {
  const kept = new Set<number>();
  for (const [destination, group] of groupBy(rows)) {
    const hasCurrentDays = currentDays(destination, context) !== undefined;
    for (const row of settleDestination(group, bad, hasCurrentDays, work)) kept.add(row.line);
  }
  return rows.filter((row) => kept.has(row.line));
}

export function previewRateCard(
  input: string,
  context: RateCardContext,
  work: WorkCounter = uncounted,
): RateCardPreview {
  const table = readTable(input, rateCardColumns, work);
  if (!table.ok) return { errors: [table.error], rowCount: 0, ignoredColumns: [], card: null };
  if (!table.columns.has('perKg') && !table.columns.has('perGram')) {
    const error = {
      line: 1,
      message: localized(
        'the header has neither per_kg nor per_g',
        '表头既没有 per_kg 也没有 per_g',
      ),
    };
    return {
      errors: [error],
      rowCount: table.rows.length,
      ignoredColumns: table.ignoredColumns,
      card: null,
    };
  }
  const errors: RowError[] = [...table.rowErrors];
  let good: RateRow[] = [];
  for (const row of table.rows) {
    work.count();
    const checked = checkRow(row, context);
    if (checked.ok) good.push(checked.row);
    else errors.push({ line: row.line, message: checked.message });
  }
  const problems = groupErrors(good, context, work);
  errors.push(...problems);
  // Leaving a row out can break the rows that joined up with it.
  if (problems.length > 0) {
    good = settle(good, new Set(problems.map((problem) => problem.line)), context, work);
  }
  const used = new Set(good.map((row) => row.line));
  const allLines = [
    ...table.rows.map((row) => row.line),
    ...table.rowErrors.map((error) => error.line),
  ];
  const skipped = allLines.filter((line) => !used.has(line)).sort((a, b) => a - b);
  return {
    errors: errors.sort((a, b) => a.line - b.line),
    rowCount: allLines.length,
    ignoredColumns: table.ignoredColumns,
    card: good.length > 0 ? build(good, context, skipped) : null,
  };
}
