/**
 * Destination customs rules and landed cost: each bundled rule on one order it applies to and
 * one it does not, and the landed-cost arithmetic (charges, DDP, ranking) on a hand-made rule.
 */
import { describe, expect, it } from 'vitest';
import type { OrderFacts } from '../../../utils/order-facts';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import type { CustomsRule, RulesPack } from '../../../utils/rules/pack/schema';
import { evaluate } from '../../../utils/rules/engine/engine';
import type { Evaluation } from '../../../utils/rules/engine/types';
import type { Objective } from '../../../utils/settings';
import { item, NOW, order, settings } from './helpers';

const money = (amount: number, currency: string) => ({ amount, currency });

function run(
  facts: Partial<OrderFacts>,
  options: { now?: string; currency?: string; pack?: RulesPack; objective?: Objective } = {},
): Evaluation {
  const value = facts.orderValue ?? money(40, 'EUR');
  return evaluate({
    facts: order({
      items: [item({ unitPrice: value, unitWeightGrams: 300 })],
      orderValue: value,
      ...facts,
    }),
    pack: options.pack ?? defaultPack,
    settings: settings({
      currency: options.currency ?? 'EUR',
      objective: options.objective ?? 'cheapest',
    }),
    now: options.now === undefined ? NOW : new Date(options.now),
  });
}
const customsIds = (evaluation: Evaluation) => evaluation.customs.map((c) => c.policyId);
const charges = (evaluation: Evaluation) =>
  (evaluation.recommended?.landed?.charges ?? []).map(
    (charge) => `${charge.ruleId}:${charge.amount === null ? '—' : charge.amount.amount}`,
  );

describe('bundled customs rules', () => {
  it('€40 to Germany after 1 Jul 2026: the €3 duty per item category, and IOSS VAT', () => {
    const after = run({ console: 'ebay', destinationCountry: 'DE' }, { now: '2026-07-02' });
    expect(customsIds(after)).toEqual(['eu-vat-ioss', 'eu-3-euro-duty-2026']);
    expect(charges(after)).toEqual(['eu-vat-ioss:7.6', 'eu-3-euro-duty-2026:3']);
    const landed = after.recommended?.landed;
    expect(landed?.estimate).toBe(true);
    expect(landed?.total.amount).toBeCloseTo((landed?.shipping.amount ?? 0) + 7.6 + 3, 2);
    const before = run({ console: 'ebay', destinationCountry: 'DE' }, { now: '2026-06-30' });
    expect(customsIds(before)).toEqual(['eu-vat-ioss']);
    expect(charges(before)).toEqual(['eu-vat-ioss:7.6']);
  });

  it('EU above €150: VAT and duty on import, no €3 duty', () => {
    const result = run({
      console: 'ebay',
      destinationCountry: 'FR',
      orderValue: money(200, 'EUR'),
    });
    expect(charges(result)).toEqual(['eu-vat-ioss:40', 'eu-vat-ioss:—']);
  });

  it('US: duty on every parcel since 29 Aug 2025, flagged on postal lines; not before', () => {
    const now = run(
      { destinationCountry: 'US', orderValue: money(12, 'USD') },
      { currency: 'USD' },
    );
    expect(customsIds(now)).toEqual(['us-de-minimis-all-2025-08']);
    const epacket = now.channels.find((c) => c.channelId === 'epacket');
    expect(epacket?.reasons.map((r) => r.code)).toContain('customs-postal');
    const yanwen = now.channels.find((c) => c.channelId === 'yanwen-special-line');
    expect(yanwen?.reasons.map((r) => r.code)).not.toContain('customs-postal');
    expect(charges(now)).toEqual(['us-de-minimis-all-2025-08:—']);
    const may = run(
      { destinationCountry: 'US', orderValue: money(12, 'USD') },
      { now: '2025-06-01', currency: 'USD' },
    );
    expect(customsIds(may)).toEqual(['us-de-minimis-cn-hk-2025-05']);
    const april = run(
      { destinationCountry: 'US', orderValue: money(12, 'USD') },
      { now: '2025-04-01', currency: 'USD' },
    );
    expect(customsIds(april)).toEqual([]);
  });

  it('a rule is in force from the first instant of its first day (UTC) until its `until` day', () => {
    const at = (now: string) =>
      customsIds(
        run({ destinationCountry: 'US', orderValue: money(12, 'USD') }, { now, currency: 'USD' }),
      );
    expect(at('2025-05-01T23:59:59.999Z')).toEqual([]);
    expect(at('2025-05-02T00:00:00.000Z')).toEqual(['us-de-minimis-cn-hk-2025-05']);
    expect(at('2025-08-28T23:59:59.999Z')).toEqual(['us-de-minimis-cn-hk-2025-05']);
    expect(at('2025-08-29T00:00:00.000Z')).toEqual(['us-de-minimis-all-2025-08']);
  });

  it('Hong Kong → US: Hong Kong Post goods mail suspended', () => {
    const hk = run(
      { console: 'ebay', destinationCountry: 'US', shipFromCountry: 'HK' },
      { currency: 'USD' },
    );
    expect(customsIds(hk)).toContain('us-hongkong-post-suspended');
    expect(customsIds(run({ console: 'ebay', destinationCountry: 'US' }))).not.toContain(
      'us-hongkong-post-suspended',
    );
  });

  it('UK VAT at sale up to £135, on import above', () => {
    const low = run({ console: 'ebay', destinationCountry: 'GB', orderValue: money(100, 'GBP') });
    expect(low.recommended?.landed?.charges.map((c) => c.collected)).toEqual(['at-sale']);
    const high = run({ console: 'ebay', destinationCountry: 'GB', orderValue: money(200, 'GBP') });
    expect(high.recommended?.landed?.charges.map((c) => c.collected)).toEqual(['at-import']);
  });

  it('Australia GST up to A$1,000 only', () => {
    const low = run({ console: 'ebay', destinationCountry: 'AU', orderValue: money(100, 'AUD') });
    expect(charges(low)).toEqual([
      'au-gst-at-sale:' + low.recommended?.landed?.charges[0]?.amount?.amount,
    ]);
    expect(low.recommended?.landed?.charges).toHaveLength(1);
    const high = run({ console: 'ebay', destinationCountry: 'AU', orderValue: money(1200, 'AUD') });
    expect(high.recommended?.landed?.charges ?? []).toEqual([]);
    expect(customsIds(high)).toEqual(['au-gst-at-sale']);
  });

  it('Mexico 33.5% from 15 Aug 2025, none before 2025 in the pack', () => {
    const mx = run({ destinationCountry: 'MX', orderValue: money(20, 'USD') }, { currency: 'USD' });
    expect(charges(mx)).toEqual(['mx-courier-2025-08:6.7']);
    const early = run(
      { destinationCountry: 'MX', orderValue: money(20, 'USD') },
      { now: '2025-08-14', currency: 'USD' },
    );
    expect(customsIds(early)).toEqual([]);
  });

  it('Brazil 20% up to US$50, ICMS not estimated', () => {
    const br = run({ destinationCountry: 'BR', orderValue: money(30, 'USD') }, { currency: 'USD' });
    expect(charges(br)).toEqual(['br-remessa-conforme:6', 'br-remessa-conforme:—']);
    const over = run(
      { destinationCountry: 'BR', orderValue: money(80, 'USD') },
      { currency: 'USD' },
    );
    expect(charges(over)).toEqual(['br-remessa-conforme:—']);
  });

  it('says when and how each notice was checked, like a policy', () => {
    const notice = run({ console: 'ebay', destinationCountry: 'DE' }).customs[0];
    expect(notice?.source.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(notice?.stale).toBe(false);
    expect(notice?.details.map((d) => d.en)).toEqual([
      'Destination: Germany',
      'Ships from: China',
      'Order value: €40.00',
    ]);
  });
});

describe('landed cost arithmetic', () => {
  /** The bundled pack with one 50% duty rule to Germany, collected on import. */
  function withDuty(ddpSurchargePercent?: number): RulesPack {
    const rule: CustomsRule = {
      ...structuredClone(defaultPack.customs[0] as CustomsRule),
      id: 'test-duty',
      destinations: ['DE'],
      origins: '*',
      from: '2020-01-01',
      charges: [
        {
          kind: 'duty',
          label: { en: 'Duty', 'zh-CN': '关税' },
          percent: 50,
          collected: 'at-import',
        },
      ],
    };
    delete rule.until;
    const channels = defaultPack.channels.map((channel) =>
      channel.id === 'speedpak-expedited'
        ? {
            ...channel,
            duties: 'ddp' as const,
            ...(ddpSurchargePercent === undefined ? {} : { ddpSurchargePercent }),
          }
        : channel,
    );
    return { ...defaultPack, customs: [rule], channels };
  }

  it('puts duty on the buyer for DDU and on the seller for DDP, with the DDP surcharge', () => {
    const result = run({ console: 'ebay', destinationCountry: 'DE' }, { pack: withDuty(10) });
    const ddp = result.channels.find((c) => c.channelId === 'speedpak-expedited')?.landed;
    expect(ddp?.charges.map((c) => `${c.paidBy}:${c.amount?.amount}`)).toEqual(['seller:20']);
    expect(ddp?.ddpSurcharge).toEqual({ amount: 2, currency: 'EUR' });
    expect(ddp?.total.amount).toBeCloseTo((ddp?.shipping.amount ?? 0) + 22, 2);
    const ddu = result.channels.find((c) => c.channelId === 'dhl-express')?.landed;
    expect(ddu?.charges.map((c) => c.paidBy)).toEqual(['buyer']);
    expect(ddu?.ddpSurcharge).toBeNull();
  });

  it('ranks on landed cost when the objective is cheapest', () => {
    // A huge DDP surcharge makes the DDP channel dearer landed than its shipping suggests.
    const cheap = run({ console: 'ebay', destinationCountry: 'DE' }, { pack: withDuty(0) });
    const dear = run({ console: 'ebay', destinationCountry: 'DE' }, { pack: withDuty(1000) });
    const rank = (evaluation: Evaluation) =>
      evaluation.channels.find((c) => c.channelId === 'speedpak-expedited')?.rank ?? 0;
    expect(rank(dear)).toBeGreaterThan(rank(cheap));
    expect(dear.channels.filter((c) => c.eligible).at(-1)?.channelId).toBe('speedpak-expedited');
  });
});
