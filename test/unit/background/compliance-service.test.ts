import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createComplianceService } from '../../../utils/background/compliance-service';
import { createRulesService } from '../../../utils/background/rules-service';
import type { ShipmentReport } from '../../../utils/compliance/shipment';
import { ShipLensDb } from '../../../utils/db';
import { RequestSchema } from '../../../utils/messaging-background';
import type { Handler } from '../../../utils/messaging';

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
    expect(nudges.map((line) => [line.targetId, line.count, line.share])).toEqual([
      ['ebay-speedpak-gb', 2, 0.5],
    ]);
    // Worded by the background in the seller's language: the panel only draws the line.
    expect(nudges[0]?.text).toBe(
      'UK SpeedPAK share, last 14 days: 50% of 2 shipments, target 60% — ship this one with SpeedPAK',
    );
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
    const view = await handlers['plan-first-leg']({ type: 'plan-first-leg', plan }, sender);
    expect(view.recommended).toBe('fba-sea-lcl-us');
    // Worded here, in the seller's language, so the content script only draws it.
    expect(view.headline).toBe('Recommended: Sea freight LCL to US FBA (海派)');
    expect(view.rows[0]).toMatchObject({ channelId: 'fba-sea-lcl-us', eligible: true });
    expect(view.rows[0]?.text).toBe(
      'Sea freight LCL to US FBA (海派) (Sea freight LCL) · 3.2 CBM (volume) · CN¥4,800.00 ≈ $676.06 · 35–50 days · Arrives 2027-01-09 – 2027-01-24',
    );
    expect(view.notices.map((notice) => notice.id)).toEqual([
      'amazon-inbound-placement-fee',
      'amazon-inbound-labelling',
    ]);
    await expect(
      handlers['plan-first-leg'](
        { type: 'plan-first-leg', plan: { ...plan, cartons: [] } },
        sender,
      ),
    ).rejects.toThrow('cartons: expected at least one carton line');
    // A Send to Amazon page sends its shipment block's text (40 boxes, 600 kg, 3.2 CBM,
    // shipping on 2026-12-05, in stock 60 days later): the background reads the figures and
    // plans, so the content script carries only the reading.
    const page = {
      marketplace: 'US',
      blocks: [
        'Ship to: LGB8 - 1568 N Linden Ave, Rialto, CA 92376, US Boxes: 40 SKUs: 2 Units: 800 Volume: 3.2 CBM Weight: 600 kg',
      ],
      shipDate: '2026-12-05',
    };
    const fromPage = await handlers['plan-inbound']({ type: 'plan-inbound', page }, sender);
    expect(fromPage.shipment).toBe('40 boxes, 600 kg, 3.2 CBM to Amazon US');
    expect(fromPage.view.recommended).toBe('fba-sea-lcl-us');
    expect(fromPage.view.rows.find((row) => row.channelId === 'fba-sea-lcl-us')?.text).toContain(
      'Arrives 2027-01-09 – 2027-01-24',
    );
    await expect(
      handlers['plan-inbound']({ type: 'plan-inbound', page: { ...page, blocks: [] } }, sender),
    ).rejects.toThrow('blocks:');
    await expect(
      handlers['plan-inbound'](
        { type: 'plan-inbound', page: { ...page, blocks: ['Ship to: LGB8 - Boxes: 40'] } },
        sender,
      ),
    ).rejects.toThrow('A shipment block lacks');
  });
});
