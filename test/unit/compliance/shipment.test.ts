/**
 * Ledger reports from every saved console page: the expected OrderFacts of each fixture go
 * through shipmentFromFacts; shipped seller orders give a report, everything else none.
 */
import { describe, expect, it } from 'vitest';
import { shipmentFromFacts } from '../../../utils/compliance/shipment';
import type { OrderFacts } from '../../../utils/order-facts';
import { consoleIds } from '../../../utils/order-facts';
import { fixtureTable } from '../fixture-table';

interface Case {
  file: string;
  facts: OrderFacts;
  url: URL;
  now: Date;
}

const cases: Case[] = consoleIds.flatMap((consoleId) => {
  const table = fixtureTable(consoleId);
  return table.entries.flatMap((entry) => {
    const expected = JSON.parse(table.read(entry.expected)) as
      OrderFacts | OrderFacts[] | { ok: false };
    const list = Array.isArray(expected) ? expected : 'orderId' in expected ? [expected] : [];
    return list.map((facts) => ({
      file: `${consoleId}/${entry.file}`,
      facts,
      url: new URL(entry.url),
      now: new Date(entry.now),
    }));
  });
});

/** What each shipped seller order in the fixtures must be recorded as. */
const shipped: Record<string, Partial<ReturnType<typeof shipmentFromFacts>>> = {
  'aliexpress/order-list.old-en.html 8123456791234508': {
    destination: 'DE',
    carrier: 'China Post ePacket',
    tracked: true,
    trackingValid: true,
  },
  'aliexpress/order-list.new-zh.html 8190456614027753': {
    destination: null,
    carrier: 'China Post',
    tracked: true,
    trackingValid: true,
  },
  'aliexpress/order-list.new-zh.html 8190456615003318': {
    destination: null,
    carrier: 'China Post',
    tracked: true,
    trackingValid: true,
  },
  'aliexpress/order-detail.new-en-shipped-fr.html 3047718290561234': {
    destination: 'FR',
    carrier: 'China Post Registered Air Mail',
    tracked: true,
    trackingValid: true,
  },
  'amazon/order-detail.us-shipped.html 114-3307152-8861940': {
    site: 'sellercentral.amazon.com',
    destination: 'US',
    carrier: 'USPS',
    tracked: true,
    trackingValid: true,
  },
  'amazon/order-detail.ca-shipped.html 702-5518830-4417726': {
    site: 'sellercentral.amazon.ca',
    destination: 'CA',
    carrier: 'Canada Post',
    tracked: true,
    trackingValid: true,
  },
  'amazon/order-detail.uk-shipped.html 203-3392817-6604351': {
    site: 'sellercentral.amazon.co.uk',
    destination: 'GB',
    carrier: 'China Post',
    tracked: true,
    trackingValid: true,
  },
  'amazon/order-list.us-mixed.html 114-3307152-8861940': {
    destination: 'US',
    carrier: null,
    tracked: false,
    trackingValid: false,
  },
  'ebay/order-detail.shipped.html 21-40718-22953': {
    destination: 'CA',
    carrier: 'China Post ePacket',
    tracked: true,
    trackingValid: true,
  },
  'ebay/order-detail.uk-shipped.html 18-51234-70861': {
    site: 'www.ebay.co.uk',
    destination: 'GB',
    carrier: 'Yodel',
    tracked: true,
    trackingValid: true,
  },
  'ebay/order-list.all-orders.html 21-40718-22953': {
    carrier: 'China Post ePacket',
    tracked: true,
    trackingValid: true,
  },
  'wish/order-list.history.html 6af2d6507c3e19a4b20f58d1': {
    destination: 'US',
    carrier: 'WishPost',
    trackingValid: true,
  },
  'wish/order-list.history.html 6af5ba21d08b4e6f9a13c725': {
    destination: 'GB',
    carrier: 'WishPost',
    trackingValid: true,
  },
  'wish/order-list.history.html 6af8e57a4a61f0d29e85b3c7': {
    destination: 'ES',
    carrier: 'WishPost',
    trackingValid: true,
  },
  'wish/order-list.history.html 6b0099511e7d3a58c2f64b09': {
    destination: 'MX',
    carrier: 'WishPost',
    trackingValid: true,
  },
};

describe('shipmentFromFacts on every saved page', () => {
  it('covers the fixtures', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('$file $facts.orderId', ({ file, facts, url, now }) => {
    const report = shipmentFromFacts(facts, { url, now });
    const expected = shipped[`${file} ${facts.orderId}`];
    if (expected === undefined) {
      expect(report).toBeNull();
      return;
    }
    expect(report).toMatchObject({
      console: facts.console,
      site: url.hostname,
      orderId: facts.orderId,
      origin: facts.shipFromCountry,
      shipDate: now.toISOString().slice(0, 10),
      orderValue: facts.orderValue,
      ...expected,
    });
    // No buyer data: nothing but these keys.
    expect(Object.keys(report ?? {}).sort()).toEqual([
      'carrier',
      'console',
      'destination',
      'orderId',
      'orderValue',
      'origin',
      'shipDate',
      'site',
      'tracked',
      'trackingValid',
    ]);
  });

  it('reports every shipped seller order of the table', () => {
    const found = cases
      .filter((c) => shipmentFromFacts(c.facts, { url: c.url, now: c.now }))
      .map((c) => `${c.file} ${c.facts.orderId}`);
    expect(found.sort()).toEqual(Object.keys(shipped).sort());
  });

  it('calls a number that does not fit the named carrier invalid', () => {
    const [usShipped] = cases.filter((c) => c.file === 'amazon/order-detail.us-shipped.html');
    if (!usShipped) throw new Error('fixture missing');
    const facts = { ...usShipped.facts, carrier: 'UPS' };
    expect(shipmentFromFacts(facts, usShipped)?.trackingValid).toBe(false);
  });
});
