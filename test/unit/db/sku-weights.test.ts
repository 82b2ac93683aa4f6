/**
 * Weights are bounded where they are written, not only in the prompt a page could fill in:
 * the message schema the background checks every request with, the background's handler and
 * the database itself each refuse a weight that is not finite, not above 0 or above 100 kg.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRulesService } from '../../../utils/background/rules-service';
import { ShipLensDb } from '../../../utils/db';
import { RequestSchema } from '../../../utils/messaging-background';
import { MAX_SKU_GRAMS } from '../../../utils/sku-weights';

const now = new Date('2026-12-05T08:00:00Z');
let db: ShipLensDb;

beforeEach(() => {
  db = new ShipLensDb(`weights-${Math.random()}`);
});
afterEach(async () => db.delete());

const outOfBounds = [0, -5, Number.NaN, Number.POSITIVE_INFINITY, MAX_SKU_GRAMS + 1, 1e12];

describe('SKU weight bounds', () => {
  it.each(outOfBounds)('the database refuses %s g and writes nothing', async (grams) => {
    await expect(db.saveSkuWeight('amazon', 'MUG-1', grams, now)).rejects.toThrow(
      /SKU weight not saved/,
    );
    expect(await db.skuWeights.count()).toBe(0);
  });

  it('writes a batch all or none', async () => {
    await expect(
      db.saveSkuWeights(
        [
          { console: '*', sku: 'MUG-1', grams: 410 },
          { console: 'amazon', sku: 'CASE-2', grams: MAX_SKU_GRAMS * 10 },
        ],
        now,
      ),
    ).rejects.toThrow(/CASE-2/);
    expect(await db.skuWeights.count()).toBe(0);
    await db.saveSkuWeights([{ console: '*', sku: 'MUG-1', grams: MAX_SKU_GRAMS }], now);
    expect(await db.skuWeights.get(['*', 'MUG-1'])).toMatchObject({ grams: MAX_SKU_GRAMS });
  });

  it.each(outOfBounds)('the message schema and the handler refuse %s g', async (grams) => {
    const request = { type: 'save-sku-weight', console: 'wish', sku: 'TOY-9', grams } as const;
    expect(RequestSchema.safeParse(request).success).toBe(false);
    const save = createRulesService({ openDb: () => db, now: () => now }).handlers[
      'save-sku-weight'
    ];
    if (!save) throw new Error('no save-sku-weight handler');
    await expect(save(request, {})).rejects.toThrow(/SKU weight not saved/);
    expect(await db.skuWeights.count()).toBe(0);
  });
});
