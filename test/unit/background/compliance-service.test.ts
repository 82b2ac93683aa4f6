import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createComplianceService } from '../../../utils/background/compliance-service';
import { createRulesService } from '../../../utils/background/rules-service';
import type { ShipmentReport } from '../../../utils/compliance/shipment';
import { ShipLensDb } from '../../../utils/db';
import { RequestSchema, type Handler } from '../../../utils/messaging';

const now = new Date('2026-12-05T08:00:00Z');
const sender = {} as Runtime.MessageSender;
let db: ShipLensDb;

function services() {
  const rules = createRulesService({ openDb: () => db, now: () => now, uiLanguage: () => 'en' });
  return createComplianceService(rules.activeRules, () => now).handlers as Handler;
}

const shipment = (orderId: string, carrier: string): ShipmentReport => ({
  console: 'ebay',
  site: 'www.ebay.co.uk',
  orderId,
  destination: 'GB',
  origin: null,
  carrier,
  tracked: true,
  trackingValid: true,
  shipDate: '2026-12-04',
  orderValue: { amount: 20, currency: 'GBP' },
});

beforeEach(() => {
  db = new ShipLensDb(`compliance-${Math.random()}`);
});
afterEach(async () => db.delete());

describe('compliance service', () => {
  it("records shipments with the seller's ship-from country and nudges an order of a tally below target", async () => {
    const handlers = services();
    await db.updateSettings({ shipFromCountry: 'HK' }, now);
    const recorded = await handlers['record-shipments'](
      {
        type: 'record-shipments',
        shipments: [
          shipment('a', 'SpeedPAK Standard'),
          shipment('b', 'Yanwen'),
          shipment('b', 'Yanwen'),
        ],
      },
      sender,
    );
    expect(recorded).toEqual({ added: 2 });
    expect((await db.shipments.toArray()).map((row) => row.origin)).toEqual(['HK', 'HK']);
    const nudges = await handlers['compliance-nudges'](
      {
        type: 'compliance-nudges',
        console: 'ebay',
        destination: 'GB',
        origin: null,
        orderValue: null,
      },
      sender,
    );
    expect(nudges.map((tally) => [tally.targetId, tally.count, tally.share])).toEqual([
      ['ebay-speedpak-gb', 2, 0.5],
    ]);
  });

  it('drops what the message schema does not know: no buyer data gets through', () => {
    const parsed = RequestSchema.parse({
      type: 'record-shipments',
      shipments: [{ ...shipment('a', 'SpeedPAK'), buyerName: 'Ada Example', address: '1 Test St' }],
    });
    expect(
      parsed.type === 'record-shipments' && Object.keys(parsed.shipments[0] ?? {}),
    ).not.toContain('buyerName');
    expect(
      RequestSchema.safeParse({ type: 'record-shipments', shipments: [{ orderId: 'x' }] }).success,
    ).toBe(false);
  });

  it('plans a first leg with the active pack, and names what is wrong with a bad plan', async () => {
    const handlers = services();
    const plan = {
      destination: 'US',
      readyDate: '2026-12-05',
      neededBy: '2027-02-28',
      cartons: [{ count: 40, weightKg: 15, lengthCm: 50, widthCm: 40, heightCm: 40 }],
    };
    const advice = await handlers['plan-first-leg']({ type: 'plan-first-leg', plan }, sender);
    expect(advice.result.recommended).toBe('fba-sea-lcl-us');
    expect(advice.notices.map((notice) => notice.id)).toEqual([
      'amazon-inbound-placement-fee',
      'amazon-inbound-labelling',
    ]);
    await expect(
      handlers['plan-first-leg'](
        { type: 'plan-first-leg', plan: { ...plan, cartons: [] } },
        sender,
      ),
    ).rejects.toThrow('cartons: expected at least one carton line');
  });
});
