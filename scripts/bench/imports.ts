/**
 * Import throughput: rate-card and SKU-weight CSV files of 10k and 200k rows, made up by
 * scripts/lib/import-files.ts, previewed (read, checked, bad rows left out); a rate card is also
 * applied the way the options page applies it (utils/options/actions.ts: one local-edits
 * record, the composed pack validated) into fake-indexeddb. SKU weights are applied in
 * Chromium's own IndexedDB by imports-browser.ts. The "cascade" card is the worst case for leaving rows out:
 * every band breaks once the one below it is gone (quadratic before: 40k rows took 31 s).
 * Linearity itself is asserted by counting work in test/unit/import/scale.test.ts.
 */
import 'fake-indexeddb/auto';
import { ShipLensDb } from '../../utils/db';
import { previewRateCard } from '../../utils/import/rate-card-csv';
import { previewSkuWeights } from '../../utils/import/sku-weights-csv';
import { createOptionsActions, previewFor } from '../../utils/options/actions';
import { defaultPack } from '../../utils/rules/pack/bundled-pack';
import { cascadingRateCardCsv, rateCardCsv, skuWeightsCsv } from '../lib/import-files';

interface Row {
  file: string;
  rows: number;
  previewMs: number;
  applyMs: number | null;
  stored: string;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

function actionsOn(db: ShipLensDb) {
  return createOptionsActions({
    db,
    fallback: defaultPack,
    now: () => new Date('2026-12-05T08:00:00Z'),
    requestOrigins: async () => false,
    removeOrigins: async () => undefined,
    updateFeeds: async () => [],
  });
}

async function rateCard(rows: number, cascade: boolean): Promise<Row> {
  const text = cascade ? cascadingRateCardCsv(rows) : rateCardCsv(rows);
  const target = { kind: 'existing', channelId: 'yunexpress' } as const;
  const preview = timed(() => previewFor(text, target, defaultPack));
  const card = preview.value.card;
  let applyMs: number | null = null;
  if (card && !cascade) {
    const db = new ShipLensDb(`bench-rate-card-${rows}`);
    const applied = await timedAsync(() =>
      actionsOn(db).applyRateCard(target, card, 'bench.csv', {
        pack: defaultPack,
        shipFrom: 'CN',
      }),
    );
    if (applied.value.length > 0) throw new Error(`rate card not applied: ${applied.value[0]?.en}`);
    applyMs = applied.ms;
    await db.delete();
  }
  const bands = Object.values(card?.rates ?? {}).reduce(
    (sum, entry) => sum + entry.bands.length,
    0,
  );
  return {
    file: cascade ? 'rate card, cascade' : 'rate card',
    rows,
    previewMs: preview.ms,
    applyMs,
    stored: `${bands} bands kept`,
  };
}

async function skuWeights(rows: number): Promise<Row> {
  const preview = timed(() => previewSkuWeights(skuWeightsCsv(rows)));
  return {
    file: 'SKU weights (¾ any console)',
    rows,
    previewMs: preview.ms,
    applyMs: null,
    stored: `${preview.value.items.length} rows to store`,
  };
}

export async function benchImports(): Promise<void> {
  // One warm-up so the first figure is not the JIT's.
  previewRateCard(rateCardCsv(2_000), { zones: {}, currencies: ['CNY'], currentRates: {} });
  const rows: Row[] = [];
  for (const size of [10_000, 200_000]) {
    rows.push(await rateCard(size, false));
    rows.push(await rateCard(size, true));
    rows.push(await skuWeights(size));
  }
  const perSecond = (count: number, ms: number) =>
    Math.round(count / (ms / 1000)).toLocaleString('en');
  console.log('\n## Import throughput in Node (rate-card apply into fake-indexeddb)\n');
  console.log('| file | rows | preview ms | preview rows/s | apply ms | apply rows/s | result |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const row of rows) {
    const apply =
      row.applyMs === null
        ? '– | –'
        : `${row.applyMs.toFixed(0)} | ${perSecond(row.rows, row.applyMs)}`;
    console.log(
      `| ${row.file} | ${row.rows.toLocaleString('en')} | ${row.previewMs.toFixed(0)} | ${perSecond(row.rows, row.previewMs)} | ${apply} | ${row.stored} |`,
    );
  }
}
