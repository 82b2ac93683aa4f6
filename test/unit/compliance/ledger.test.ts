import { describe, expect, it } from 'vitest';
import { ledgerCsv } from '../../../utils/compliance/csv';
import { ledgerRow, type LedgerRow } from '../../../utils/compliance/ledger';
import {
  applyRetention,
  clearLedger,
  readLedger,
  recordShipments,
} from '../../../utils/compliance/ledger-store';
import { nudgesFor } from '../../../utils/compliance/nudge';
import type { ShipmentReport } from '../../../utils/compliance/shipment';
import { tallies, weekOf } from '../../../utils/compliance/tallies';
import { ShipLensDb } from '../../../utils/db';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';

const now = new Date('2026-12-03T10:00:00Z');

function report(orderId: string, patch: Partial<ShipmentReport> = {}): ShipmentReport {
  return {
    console: 'ebay',
    site: 'www.ebay.co.uk',
    orderId,
    destination: 'GB',
    origin: null,
    carrier: 'SpeedPAK Standard',
    tracked: true,
    trackingValid: true,
    shipDate: '2026-12-01',
    orderValue: { amount: 12, currency: 'GBP' },
    ...patch,
  };
}

const row = (orderId: string, patch: Partial<ShipmentReport> = {}) =>
  ledgerRow(report(orderId, patch), defaultPack, now, 'CN');

describe('ledger rows', () => {
  it('recognises the channel from the carrier and keeps the value only as a band', () => {
    expect(row('a')).toMatchObject({ channels: ['speedpak-standard'], valueBand: '5-to-150' });
    expect(
      row('b', { carrier: 'Yanwen', orderValue: { amount: 4, currency: 'USD' } }),
    ).toMatchObject({
      channels: ['yanwen-special-line'],
      valueBand: 'under-5',
    });
    // "SpeedPAK" alone names four channels; an unknown carrier none.
    expect(row('c', { carrier: 'SpeedPAK' }).channels).toHaveLength(4);
    expect(row('c2', { carrier: 'Local courier' }).channels).toEqual([]);
    expect(row('d', { orderValue: null }).valueBand).toBe('unknown');
    expect(row('e', { orderValue: { amount: 200, currency: 'EUR' } }).valueBand).toBe('over-150');
    expect('orderValue' in row('f')).toBe(false);
  });
});

describe('tallies', () => {
  // 25 UK shipments in the last 14 days, 12 of them SpeedPAK: 48%.
  const uk = [
    ...Array.from({ length: 12 }, (_, i) => row(`sp-${i}`, { shipDate: '2026-11-25' })),
    ...Array.from({ length: 13 }, (_, i) =>
      row(`cp-${i}`, { carrier: 'China Post', shipDate: i < 5 ? '2026-11-23' : '2026-12-02' }),
    ),
    // Outside the 14-day window (before 2026-11-20): not counted.
    row('old', { shipDate: '2026-11-19', carrier: 'China Post' }),
    // Another destination and another console: not in the UK tally.
    row('us', { destination: 'US', carrier: 'China Post' }),
    { ...row('wish-1', { carrier: 'WishPost Standard' }), console: 'wish' as const },
  ];

  it('gives exact shares, counts and targets per scope', () => {
    const gb = tallies(uk, defaultPack, now).find((t) => t.scope === 'GB');
    expect(gb).toMatchObject({
      count: 25,
      meeting: 12,
      share: 0.48,
      target: 0.6,
      belowTarget: true,
    });
    // Weeks from the Monday of the window's first day to this week.
    expect(gb?.weeks).toEqual([
      { week: '2026-11-16', count: 0, share: null },
      { week: '2026-11-23', count: 17, share: 12 / 17 },
      { week: '2026-11-30', count: 8, share: 0 },
    ]);
  });

  it('counts WishPost among China-origin Wish orders and valid tracking on Amazon', () => {
    const rows: LedgerRow[] = [
      { ...row('w1', { carrier: 'WishPost Economy' }), console: 'wish' },
      { ...row('w2', { carrier: 'WishPost Premium' }), console: 'wish' },
      { ...row('w3', { carrier: 'Yanwen' }), console: 'wish' },
      // "WishPost" alone is one of the four WishPost lines: it counts.
      { ...row('w5', { carrier: 'WishPost' }), console: 'wish' },
      { ...row('w4', { carrier: 'Yanwen', origin: 'US' }), console: 'wish' },
      { ...row('a1'), console: 'amazon', trackingValid: true },
      { ...row('a2'), console: 'amazon', trackingValid: false },
    ];
    const byId = Object.fromEntries(tallies(rows, defaultPack, now).map((t) => [t.targetId, t]));
    expect(byId['wish-wishpost-cn-origin']).toMatchObject({
      count: 4,
      meeting: 3,
      share: 0.75,
      belowTarget: true,
    });
    expect(byId['amazon-valid-tracking-rate']).toMatchObject({
      count: 2,
      share: 0.5,
      target: 0.95,
    });
    // No shipments: no share, not "below target".
    expect(byId['ebay-speedpak-us-low-value']).toMatchObject({
      count: 0,
      share: null,
      belowTarget: false,
    });
    // AliExpress publishes no target.
    expect(byId['aliexpress-online-logistics']?.target).toBeNull();
  });

  it('weeks start on Monday', () => {
    expect(weekOf('2026-12-03')).toBe('2026-11-30');
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2026-12-06')).toBe('2026-11-30');
  });

  it('nudges an order in the scope of a tally below target, and only then', () => {
    const order = { console: 'ebay' as const, destination: 'GB', origin: 'CN', orderValue: null };
    expect(nudgesFor(order, uk, defaultPack, now).map((t) => t.targetId)).toEqual([
      'ebay-speedpak-gb',
    ]);
    expect(nudgesFor({ ...order, destination: 'DE' }, uk, defaultPack, now)).toEqual([]);
    const onTarget = uk.map((r) => ({ ...r, channels: ['speedpak-economy'] }));
    expect(nudgesFor(order, onTarget, defaultPack, now)).toEqual([]);
  });
});

describe('ledger store', () => {
  it('records a shipment seen twice once, filling in what the first sighting lacked', async () => {
    const db = new ShipLensDb('ledger-dedup');
    const fromList = report('21-40718-22953', {
      carrier: null,
      tracked: false,
      trackingValid: false,
    });
    expect(await recordShipments(db, [fromList], defaultPack, now, 'CN')).toBe(1);
    const fromDetail = report('21-40718-22953', { shipDate: '2026-12-02' });
    expect(await recordShipments(db, [fromDetail, fromDetail], defaultPack, now, 'CN')).toBe(0);
    const rows = await readLedger(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      shipDate: '2026-12-01',
      carrier: 'SpeedPAK Standard',
      channels: ['speedpak-standard'],
      tracked: true,
    });
    expect(await readLedger(db, 'wish')).toEqual([]);
    await db.delete();
  });

  it('drops shipments older than the retention period and clears on request', async () => {
    const db = new ShipLensDb('ledger-retention');
    await recordShipments(
      db,
      [
        report('new', { shipDate: '2026-12-01' }),
        report('edge', { shipDate: '2026-06-06' }),
        report('old', { shipDate: '2026-06-05' }),
      ],
      defaultPack,
      now,
      'CN',
    );
    // 180 days before 2026-12-03 is 2026-06-06: kept; the day before goes.
    expect(await applyRetention(db, 180, now)).toBe(1);
    expect((await readLedger(db)).map((r) => r.orderId).sort()).toEqual(['edge', 'new']);
    await clearLedger(db);
    expect(await readLedger(db)).toEqual([]);
    await db.delete();
  });
});

describe('ledger CSV', () => {
  it('writes a header and one quoted line per shipment, by ship date', () => {
    const csv = ledgerCsv([
      row('b', { shipDate: '2026-12-02', carrier: 'Carrier, "quoted"' }),
      row('a', { shipDate: '2026-12-01', carrier: '=HYPERLINK("x")' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'console,site,orderId,destination,origin,carrier,channels,tracked,trackingValid,shipDate,valueBand,recordedAt',
    );
    expect(lines[1]).toBe(
      `ebay,www.ebay.co.uk,a,GB,CN,"'=HYPERLINK(""x"")",,true,true,2026-12-01,5-to-150,${now.toISOString()}`,
    );
    expect(lines[2]).toBe(
      `ebay,www.ebay.co.uk,b,GB,CN,"Carrier, ""quoted""",,true,true,2026-12-02,5-to-150,${now.toISOString()}`,
    );
    expect(lines).toHaveLength(4);
  });
});
