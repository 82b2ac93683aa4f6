/**
 * The bundled pack on realistic orders, one table per platform: the recommended channel, the
 * channels a policy rules out, and the warnings (id:severity, critical first).
 */
import { describe, expect, it } from 'vitest';
import type { OrderFacts } from '../../../utils/order-facts';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { evaluate, type EvaluateInput } from '../../../utils/rules/engine/engine';
import type { Objective } from '../../../utils/settings';
import { item, NOW, order, settings } from './helpers';

interface Case {
  name: string;
  facts: Partial<OrderFacts>;
  objective?: Objective;
  carrier?: string;
  match?: 'match' | 'mismatch' | 'unknown';
  recommended: string | null;
  /** Channels ruled out by a policy (policy-forbids), when the case is about them. */
  forbidden?: Record<string, string[]>;
  /** Exactly the eligible channels, when the case is about them. */
  eligible?: string[];
  warnings: string[];
  confirm?: boolean;
}

function run(c: Case) {
  const input: EvaluateInput = {
    facts: order({ orderId: c.name, ...c.facts }),
    pack: defaultPack,
    settings: settings({ objective: c.objective ?? 'cheapest' }),
    now: NOW,
    ...(c.carrier === undefined && c.match === undefined
      ? {}
      : {
          form: {
            chosenCarrier: c.carrier ?? null,
            trackingNumbers: c.match === undefined ? [] : ['X'],
            trackingCarrierMatch: c.match ?? 'unknown',
          },
        }),
  };
  return evaluate(input);
}

function check(c: Case): void {
  const result = run(c);
  expect(result.recommended?.channelId ?? null).toBe(c.recommended);
  expect(result.warnings.map((w) => `${w.policyId}:${w.severity}`)).toEqual(c.warnings);
  for (const [channelId, policies] of Object.entries(c.forbidden ?? {})) {
    const verdict = result.channels.find((v) => v.channelId === channelId);
    expect(verdict?.eligible, channelId).toBe(false);
    expect(
      verdict?.reasons.filter((r) => r.code === 'policy-forbids').map((r) => r.policyId),
    ).toEqual(policies);
  }
  if (c.eligible !== undefined) {
    expect(
      result.channels
        .filter((v) => v.eligible)
        .map((v) => v.channelId)
        .sort(),
    ).toEqual([...c.eligible].sort());
  }
  if (c.confirm !== undefined)
    expect(result.warnings.some((w) => w.confirmBeforeSubmit)).toBe(c.confirm);
}

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
/** One unit at a price, page weight 250 g unless given. */
const one = (price: { amount: number; currency: string }, grams = 250) => [
  item({ unitPrice: price, unitWeightGrams: grams }),
];

const aliexpress: Case[] = [
  {
    name: 'US $12 before a carrier is chosen: economy ruled out, advisory shown',
    facts: {
      destinationCountry: 'US',
      items: one(usd(12)),
      orderValue: usd(12),
      buyerSelectedService: 'AliExpress Standard Shipping',
    },
    recommended: 'epacket',
    forbidden: {
      'cainiao-super-economy': [
        'aliexpress-us-over-5-standard-only',
        'aliexpress-buyer-service-downgrade',
      ],
      'china-post-registered': ['aliexpress-us-over-5-standard-only'],
      'yanwen-special-line': ['aliexpress-us-over-5-standard-only'],
    },
    warnings: ['aliexpress-us-over-5-standard-only:info'],
  },
  {
    name: 'US $12 shipped with China Post Registered: a warning, the rule is unverified',
    facts: { destinationCountry: 'US', items: one(usd(12)), orderValue: usd(12) },
    carrier: 'China Post Registered Air Mail',
    recommended: 'epacket',
    warnings: ['aliexpress-us-over-5-standard-only:warning'],
  },
  {
    name: 'US $12 shipped with DHL: express is allowed',
    facts: { destinationCountry: 'US', items: one(usd(12)), orderValue: usd(12) },
    carrier: 'DHL',
    recommended: 'epacket',
    warnings: [],
  },
  {
    name: 'US $4: online economy allowed, offline economy never',
    facts: {
      destinationCountry: 'US',
      items: one(usd(4), 80),
      orderValue: usd(4),
      buyerSelectedService: 'Cainiao Super Economy',
    },
    recommended: 'cainiao-super-economy',
    forbidden: { 'china-post-ordinary': ['aliexpress-offline-economy-banned'] },
    warnings: [],
  },
  {
    name: 'ES $20 shipped with ePacket: only AliExpress Standard Shipping or premium/express',
    facts: { destinationCountry: 'ES', items: one(usd(20)), orderValue: usd(20) },
    carrier: 'ePacket',
    recommended: 'aliexpress-standard',
    forbidden: { epacket: ['aliexpress-es-fr-nl-cl-over-5-standard-only'] },
    warnings: ['aliexpress-es-fr-nl-cl-over-5-standard-only:warning'],
  },
  {
    name: 'RU $8: no economy or simple',
    facts: { destinationCountry: 'RU', items: one(usd(8)), orderValue: usd(8) },
    recommended: 'epacket',
    forbidden: {
      'aliexpress-saver': ['aliexpress-ru-over-5-no-economy-simple'],
      'cainiao-super-economy': ['aliexpress-ru-over-5-no-economy-simple'],
    },
    warnings: ['aliexpress-ru-over-5-no-economy-simple:info'],
  },
  {
    name: 'RU $3: simple allowed, economy not',
    facts: { destinationCountry: 'RU', items: one(usd(3), 100), orderValue: usd(3) },
    recommended: 'aliexpress-saver',
    forbidden: { 'cainiao-super-economy': ['aliexpress-ru-2-to-5-no-economy'] },
    warnings: ['aliexpress-ru-2-to-5-no-economy:info'],
  },
  {
    name: 'UA $3: no economy at any value (2017)',
    facts: { destinationCountry: 'UA', items: one(usd(3), 100), orderValue: usd(3) },
    recommended: 'yanwen-special-line',
    forbidden: { 'cainiao-super-economy': ['aliexpress-by-ua-no-economy'] },
    warnings: ['aliexpress-by-ua-no-economy:info'],
  },
  {
    name: 'buyer chose Premium, seller picks Standard: downgrade',
    facts: {
      destinationCountry: 'DE',
      items: one(usd(30)),
      orderValue: usd(30),
      buyerSelectedService: 'AliExpress Premium Shipping',
    },
    carrier: 'AliExpress Standard Shipping',
    recommended: 'aliexpress-premium',
    forbidden: { 'aliexpress-standard': ['aliexpress-buyer-service-downgrade'] },
    warnings: ['aliexpress-buyer-service-downgrade:critical'],
  },
  {
    name: 'ship form with a tracking number that does not fit the carrier',
    facts: {
      destinationCountry: 'DE',
      pageKind: 'ship-form',
      items: one(usd(30)),
      orderValue: usd(30),
    },
    carrier: 'Yanwen',
    match: 'mismatch',
    recommended: 'cainiao-super-economy',
    warnings: [
      'aliexpress-false-shipment-tracking-mismatch:critical',
      'aliexpress-false-shipment-tracking-online:warning',
    ],
  },
  {
    name: 'AliExpress Choice: platform-routed, no channel advice and no value rules',
    facts: {
      destinationCountry: 'US',
      items: one(usd(12)),
      orderValue: usd(12),
      buyerSelectedService: 'AliExpress Choice',
    },
    carrier: 'China Post Registered Air Mail',
    recommended: null,
    warnings: [],
  },
];

const amazon: Case[] = [
  {
    name: 'FBM to the US, tracking number is not Yun Express: VTR',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
      pageKind: 'ship-form',
    },
    carrier: 'Yun Express',
    match: 'mismatch',
    recommended: 'yunexpress',
    warnings: ['amazon-vtr-tracking-mismatch:critical', 'amazon-on-time-delivery:info'],
  },
  {
    name: 'carrier typed in the wrong case is not on the Amazon.it list',
    facts: {
      console: 'amazon',
      destinationCountry: 'IT',
      items: one(eur(25)),
      orderValue: eur(25),
    },
    carrier: 'yun express',
    recommended: 'yunexpress',
    warnings: ['amazon-it-cn-accepted-carriers:warning'],
  },
  {
    name: 'Amazon.it list: Yun Express spelled as Amazon spells it passes',
    facts: {
      console: 'amazon',
      destinationCountry: 'IT',
      items: one(eur(25)),
      orderValue: eur(25),
    },
    carrier: 'Yun Express',
    recommended: 'yunexpress',
    warnings: [],
  },
  {
    name: 'Amazon.com.br with China Post: refused, confirm before submit',
    facts: {
      console: 'amazon',
      destinationCountry: 'BR',
      items: one(usd(25)),
      orderValue: usd(25),
    },
    carrier: 'China Post',
    recommended: 'yunexpress',
    eligible: ['yunexpress'],
    forbidden: {
      'china-post-registered': ['amazon-br-cn-accepted-carriers'],
      'dhl-express': ['amazon-br-cn-accepted-carriers'],
    },
    warnings: ['amazon-br-cn-accepted-carriers:critical'],
    confirm: true,
  },
  {
    name: 'Amazon.com.br with Yun Express: accepted',
    facts: {
      console: 'amazon',
      destinationCountry: 'BR',
      items: one(usd(25)),
      orderValue: usd(25),
    },
    carrier: 'Yun Express',
    recommended: 'yunexpress',
    warnings: [],
  },
  {
    name: 'China → US $25 on an untracked line: VTR scan rule of 2025',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
    },
    carrier: 'China Post Ordinary Small Packet',
    recommended: 'yunexpress',
    warnings: ['amazon-us-vtr-scans-2025:critical'],
  },
  {
    name: 'China → US $4 on an untracked line: under US$5 one scan is enough',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(4)),
      orderValue: usd(4),
    },
    carrier: 'China Post Ordinary Small Packet',
    recommended: 'yunexpress',
    warnings: [],
  },
  {
    name: 'China → US $25 with Yun Express (tracked): no VTR scan warning',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
    },
    carrier: 'Yun Express',
    recommended: 'yunexpress',
    warnings: [],
  },
  {
    name: 'Amazon.ae: duties paid for every order',
    facts: {
      console: 'amazon',
      destinationCountry: 'AE',
      items: one(usd(25)),
      orderValue: usd(25),
    },
    recommended: 'yunexpress',
    warnings: ['amazon-ae-ddp:warning'],
  },
  {
    name: 'ship-by in 10 hours',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
      shipBy: '2026-11-25T10:00:00Z',
    },
    recommended: 'yunexpress',
    warnings: ['amazon-ship-by-soon:warning'],
  },
  {
    name: 'ship-by passed 4 days ago: late, not yet at the cancellation warning',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
      shipBy: '2026-11-21T00:00:00Z',
    },
    recommended: 'yunexpress',
    warnings: ['amazon-late-shipment:critical'],
  },
  {
    name: 'ship-by passed 6 days ago: late and about to be cancelled',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
      shipBy: '2026-11-19T00:00:00Z',
    },
    recommended: 'yunexpress',
    warnings: ['amazon-late-shipment:critical', 'amazon-auto-cancel-risk:critical'],
  },
  {
    name: 'shipped order: deadlines no longer apply',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      items: one(usd(25)),
      orderValue: usd(25),
      shipBy: '2026-11-19T00:00:00Z',
      status: 'shipped',
      carrier: 'UPS',
    },
    recommended: 'yunexpress',
    warnings: [],
  },
  {
    name: 'Amazon.com.au ship form without tracking, A$80',
    facts: {
      console: 'amazon',
      destinationCountry: 'AU',
      pageKind: 'ship-form',
      items: one({ amount: 80, currency: 'AUD' }),
      orderValue: { amount: 80, currency: 'AUD' },
    },
    recommended: 'yunexpress',
    warnings: ['amazon-au-tracking-at-confirm:warning', 'amazon-on-time-delivery:info'],
  },
  {
    name: 'FBA: no ranking, no warnings',
    facts: {
      console: 'amazon',
      destinationCountry: 'US',
      fulfilledBy: 'platform',
      shipBy: '2026-11-19T00:00:00Z',
    },
    carrier: 'nobody',
    match: 'mismatch',
    recommended: null,
    warnings: [],
  },
];

const ebay: Case[] = [
  {
    name: 'CN → DE, unit price EUR 200: only SpeedPAK DDU or express',
    facts: {
      console: 'ebay',
      destinationCountry: 'DE',
      items: one(eur(200)),
      orderValue: eur(200),
      buyerSelectedService: "Standard Int'l",
    },
    recommended: 'speedpak-ddu',
    eligible: ['speedpak-ddu', 'dhl-express', 'fedex-ip', 'ups-express-saver'],
    forbidden: { 'speedpak-standard': ['ebay-eu-over-150-ddu-or-express'] },
    warnings: ['ebay-eu-over-150-ddu-or-express:warning', 'ebay-cn-tw-integrated-service:info'],
  },
  {
    name: 'CN → DE, unit price EUR 200, shipped with SpeedPAK Standard',
    facts: {
      console: 'ebay',
      destinationCountry: 'DE',
      items: one(eur(200)),
      orderValue: eur(200),
    },
    carrier: 'SpeedPAK Standard',
    recommended: 'speedpak-ddu',
    warnings: ['ebay-eu-over-150-ddu-or-express:critical'],
  },
  {
    name: 'CN → US, buyer chose Expedited: no lower SpeedPAK level',
    facts: {
      console: 'ebay',
      destinationCountry: 'US',
      items: one(usd(20)),
      orderValue: usd(20),
      buyerSelectedService: 'Expedited International Shipping',
    },
    recommended: 'speedpak-expedited',
    forbidden: {
      'speedpak-economy': ['ebay-service-level-downgrade'],
      'speedpak-standard': ['ebay-service-level-downgrade'],
    },
    warnings: ['ebay-cn-tw-integrated-service:info', 'ebay-us-cn-hk-2025:info'],
  },
  {
    name: 'CN → GB with Yanwen: not eBay-integrated',
    facts: {
      console: 'ebay',
      destinationCountry: 'GB',
      items: one({ amount: 15, currency: 'GBP' }),
      orderValue: { amount: 15, currency: 'GBP' },
    },
    carrier: 'Yanwen',
    recommended: 'speedpak-economy',
    warnings: ['ebay-cn-tw-integrated-service:critical', 'ebay-speedpak-target-gb:info'],
  },
  {
    name: 'HK → GB with Hong Kong Post: an approved line from Hong Kong',
    facts: {
      console: 'ebay',
      destinationCountry: 'GB',
      shipFromCountry: 'HK',
      items: one({ amount: 15, currency: 'GBP' }),
      orderValue: { amount: 15, currency: 'GBP' },
    },
    carrier: 'Hong Kong Post',
    recommended: 'speedpak-economy',
    warnings: ['ebay-speedpak-target-gb:info'],
  },
  {
    name: 'CN → GB with Hong Kong Post: not approved from the mainland',
    facts: {
      console: 'ebay',
      destinationCountry: 'GB',
      items: one({ amount: 15, currency: 'GBP' }),
      orderValue: { amount: 15, currency: 'GBP' },
    },
    carrier: 'Hong Kong Post',
    recommended: 'speedpak-economy',
    warnings: ['ebay-cn-tw-integrated-service:critical', 'ebay-speedpak-target-gb:info'],
  },
  {
    name: 'HK → US: Hong Kong Post does not carry goods to the US, SpeedPAK or express only',
    facts: {
      console: 'ebay',
      destinationCountry: 'US',
      shipFromCountry: 'HK',
      items: one(usd(20)),
      orderValue: usd(20),
    },
    carrier: 'Hong Kong Post',
    recommended: 'speedpak-economy',
    forbidden: { 'hongkong-post-e-express': ['ebay-us-cn-hk-2025'] },
    warnings: ['ebay-us-cn-hk-2025:warning'],
  },
  {
    name: 'CN → US with UPS: allowed by the 2025 US rule',
    facts: {
      console: 'ebay',
      destinationCountry: 'US',
      items: one(usd(20)),
      orderValue: usd(20),
    },
    carrier: 'UPS',
    recommended: 'speedpak-economy',
    warnings: [],
  },
  {
    name: 'handling time ends in 5 hours, SpeedPAK chosen',
    facts: {
      console: 'ebay',
      destinationCountry: 'US',
      items: one(usd(20)),
      orderValue: usd(20),
      shipBy: '2026-11-25T05:00:00Z',
    },
    carrier: 'SpeedPAK Standard',
    recommended: 'speedpak-economy',
    warnings: ['ebay-handling-time-ending:warning'],
  },
];

const wish: Case[] = [
  {
    name: 'CN → US $12 with China Post: fined, confirm before submit',
    facts: { console: 'wish', destinationCountry: 'US', items: one(usd(12)), orderValue: usd(12) },
    carrier: 'China Post',
    recommended: 'wishpost-premium',
    warnings: [
      'wish-wishpost-mandatory:critical',
      'wish-confirmed-delivery:critical',
      'wish-late-confirmed-fulfillment:info',
    ],
    confirm: true,
  },
  {
    name: 'CN → US $12 with WishPost: which WishPost service is not known yet',
    facts: { console: 'wish', destinationCountry: 'US', items: one(usd(12)), orderValue: usd(12) },
    carrier: 'WishPost',
    recommended: 'wishpost-premium',
    forbidden: {
      'wishpost-economy': ['wish-confirmed-delivery'],
      'wishpost-standard': ['wish-confirmed-delivery'],
    },
    warnings: ['wish-confirmed-delivery:info', 'wish-late-confirmed-fulfillment:info'],
    confirm: false,
  },
  {
    name: 'CN → US $8: below the Confirmed Delivery threshold',
    facts: {
      console: 'wish',
      destinationCountry: 'US',
      items: one(usd(8)),
      orderValue: usd(8),
      pageKind: 'order-list',
    },
    recommended: 'wishpost-economy',
    warnings: ['wish-wishpost-mandatory:info'],
  },
  {
    name: 'CN → CA $5: below the 2019 threshold, no premium line needed',
    facts: {
      console: 'wish',
      destinationCountry: 'CA',
      items: one(usd(5)),
      orderValue: usd(5),
      pageKind: 'order-list',
    },
    recommended: 'wishpost-economy',
    warnings: ['wish-wishpost-mandatory:info'],
  },
  {
    name: 'CN → CA $12: Confirmed Delivery from US$10',
    facts: {
      console: 'wish',
      destinationCountry: 'CA',
      items: one(usd(12)),
      orderValue: usd(12),
      pageKind: 'order-list',
    },
    recommended: 'wishpost-premium',
    eligible: ['wishpost-premium', 'wishpost-express'],
    warnings: ['wish-wishpost-mandatory:info', 'wish-confirmed-delivery:info'],
  },
  {
    name: 'CN → IT $7: the 2019 table puts Italy at US$7',
    facts: {
      console: 'wish',
      destinationCountry: 'IT',
      items: one(usd(7)),
      orderValue: usd(7),
      pageKind: 'order-list',
    },
    recommended: 'wishpost-premium',
    warnings: ['wish-wishpost-mandatory:info', 'wish-confirmed-delivery:info'],
  },
  {
    name: 'CN → BR $8: Brazil is not in the 2019 table',
    facts: {
      console: 'wish',
      destinationCountry: 'BR',
      items: one(usd(8)),
      orderValue: usd(8),
      pageKind: 'order-list',
    },
    recommended: 'wishpost-economy',
    warnings: ['wish-wishpost-mandatory:info'],
  },
  {
    name: 'CN → UA $5: 2021 addition',
    facts: {
      console: 'wish',
      destinationCountry: 'UA',
      items: one(usd(5)),
      orderValue: usd(5),
      pageKind: 'order-list',
    },
    recommended: 'wishpost-premium',
    warnings: ['wish-wishpost-mandatory:info', 'wish-confirmed-delivery-2021-additions:info'],
  },
  {
    name: 'order 4.5 days old',
    facts: {
      console: 'wish',
      destinationCountry: 'US',
      items: one(usd(8)),
      orderValue: usd(8),
      orderedAt: '2026-11-20T12:00:00Z',
      pageKind: 'order-list',
    },
    recommended: 'wishpost-economy',
    warnings: ['wish-fulfil-within-5-days-soon:warning', 'wish-wishpost-mandatory:info'],
  },
  {
    name: 'order 6 days old',
    facts: {
      console: 'wish',
      destinationCountry: 'US',
      items: one(usd(8)),
      orderValue: usd(8),
      orderedAt: '2026-11-19T00:00:00Z',
      pageKind: 'order-list',
    },
    recommended: 'wishpost-economy',
    warnings: ['wish-fulfil-5-days-passed:critical', 'wish-wishpost-mandatory:info'],
  },
];

describe('bundled pack', () => {
  it('says why a Choice order gets no recommendation', () => {
    const result = run({
      name: 'choice',
      facts: { destinationCountry: 'FR', buyerSelectedService: 'choice' },
      recommended: null,
      warnings: [],
    });
    expect(result.platformRouted?.id).toBe('aliexpress-choice');
    expect(result.channels).toEqual([]);
  });

  it.each(aliexpress.map((c) => [c.name, c] as const))('AliExpress: %s', (_, c) => check(c));
  it.each(amazon.map((c) => [c.name, c] as const))('Amazon: %s', (_, c) => check(c));
  it.each(ebay.map((c) => [c.name, c] as const))('eBay: %s', (_, c) => check(c));
  it.each(wish.map((c) => [c.name, c] as const))('Wish: %s', (_, c) => check(c));

  it('marks every channel as sample rates and every Wish rule as dated', () => {
    expect(defaultPack.channels.every((c) => c.rateCard.sample)).toBe(true);
    expect(
      defaultPack.policies.filter((p) => p.platform === 'wish').every((p) => p.source.dated),
    ).toBe(true);
    expect(new Set(defaultPack.policies.map((p) => p.platform))).toEqual(
      new Set(['aliexpress', 'amazon', 'ebay', 'wish']),
    );
  });

  it('prices every served main market on every channel', () => {
    const main = [
      'US',
      'GB',
      'DE',
      'FR',
      'ES',
      'IT',
      'NL',
      'CA',
      'AU',
      'JP',
      'BR',
      'MX',
      'CL',
      'RU',
      'SA',
    ];
    for (const channel of defaultPack.channels) {
      for (const country of main) {
        const origin = channel.origins === '*' ? null : (channel.origins[0] ?? null);
        const facts = order({
          console: channel.platforms[0],
          shipFromCountry: origin,
          destinationCountry: country,
          items: one(usd(1), 100),
          orderValue: usd(1),
        });
        const verdict = evaluate({
          facts,
          pack: defaultPack,
          settings: settings(),
          now: NOW,
        }).channels.find((v) => v.channelId === channel.id);
        const notServed =
          verdict?.reasons.some((r) => r.code === 'destination-not-served') === true;
        expect(notServed || verdict?.cost !== null, `${channel.id} → ${country}`).toBe(true);
      }
    }
  });
});
