/**
 * What the bundled pack tells a seller: every rule says where it comes from and when it was
 * last checked, and no message shows a raw machine value or an English goods or level name
 * in the Chinese text, whatever the order's values.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import rawPack from '../../../public/rules/default-pack.json';
import type { OrderFacts } from '../../../utils/order-facts';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { goodsKinds, serviceLevels, type GoodsKind } from '../../../utils/rules/pack/vocabulary';
import { evaluate } from '../../../utils/rules/engine/engine';
import type { Evaluation, LocalizedText } from '../../../utils/rules/engine/types';
import { item, NOW, order, settings } from './helpers';

interface RawSource {
  url?: unknown;
  verifiedAt?: unknown;
}
const raw = rawPack as unknown as {
  policies: { id: string; source?: RawSource }[];
  platformRouted?: { id: string; source?: RawSource }[];
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('bundled pack: provenance', () => {
  it('gives every policy and platform-routed rule a source address and a verifiedAt date', () => {
    const rules = [...raw.policies, ...(raw.platformRouted ?? [])];
    const lacking = rules
      .filter(
        (rule) =>
          typeof rule.source?.url !== 'string' ||
          !/^https?:\/\//.test(rule.source.url) ||
          typeof rule.source.verifiedAt !== 'string' ||
          !isoDate.test(rule.source.verifiedAt),
      )
      .map((rule) => rule.id);
    expect(lacking).toEqual([]);
    expect(rules.length).toBeGreaterThan(30);
  });

  it('documents every rule of the pack in docs/policies.md', () => {
    const docs = readFileSync(resolve(root, 'docs/policies.md'), 'utf8');
    const ids = [
      ...defaultPack.policies.map((rule) => rule.id),
      ...defaultPack.customs.map((rule) => rule.id),
      ...defaultPack.platformRouted.map((rule) => rule.id),
    ];
    expect(ids.filter((id) => !docs.includes(`\`${id}\``))).toEqual([]);
  });

  it('threatens no dollar fine in Wish rules: fines became infractions in Feb 2022', () => {
    for (const policy of defaultPack.policies.filter((p) => p.platform === 'wish')) {
      expect(policy.message.en, policy.id).not.toMatch(/US\$\d+ (?:per order|penalty)|fine/i);
      expect(policy.message['zh-CN'], policy.id).not.toMatch(/罚款/);
    }
  });
});

/** Orders that set off as many rules as possible, with awkward values. */
function orders(): { facts: Partial<OrderFacts>; carrier?: string; goods?: GoodsKind[] }[] {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const base = (over: Partial<OrderFacts>): Partial<OrderFacts> => ({
    items: [item({ unitPrice: usd(25), unitWeightGrams: 300 })],
    orderValue: usd(25),
    shipBy: '2026-11-18T20:17:00Z',
    orderedAt: '2026-11-18T14:36:00Z',
    buyerSelectedService: 'AliExpress Premium Shipping',
    ...over,
  });
  const out: ReturnType<typeof orders> = [];
  for (const console of ['aliexpress', 'amazon', 'ebay', 'wish'] as const) {
    for (const destinationCountry of ['US', 'CA', 'DE', 'ES', 'RU', 'UA', 'IT', 'BR', 'AU', 'AE']) {
      for (const pageKind of ['order-detail', 'ship-form'] as const) {
        for (const carrier of ['China Post Ordinary Small Packet', 'yun express', 'Yanwen']) {
          out.push({
            facts: base({ console, destinationCountry, pageKind }),
            carrier,
            goods: ['battery', 'liquid', 'magnet'],
          });
        }
      }
      out.push({ facts: base({ console, destinationCountry, shipBy: '2026-11-25T07:30:00Z' }) });
    }
  }
  return out;
}

function texts(evaluation: Evaluation): LocalizedText[] {
  return [
    ...evaluation.warnings.flatMap((w) => [w.message, ...w.details]),
    ...evaluation.channels.flatMap((c) => c.reasons.map((r) => r.message)),
    ...evaluation.assumptions,
  ];
}

const rawValue = [
  /-?\d+\.\d+ ?h\b/, // "-151.57 h"
  /=\s*"/, // `= "unshipped"`
  /\bnegative\b/i,
  /\b\d+\.\d{2} (?:USD|EUR|GBP|AUD|CNY)\b/, // "12.00 USD": money is shown with its symbol
];
const latinTerms = new RegExp(
  `\\b(?:${[...goodsKinds, ...serviceLevels, 'unshipped', 'mismatch', 'unknown'].join('|')})\\b`,
  'i',
);

describe('bundled pack: words a seller reads', () => {
  const evaluations = orders().map((o, index) =>
    evaluate({
      facts: order({ orderId: `T${index}`, ...o.facts }),
      pack: defaultPack,
      settings: settings(),
      now: NOW,
      ...(o.goods === undefined ? {} : { goods: o.goods }),
      ...(o.carrier === undefined
        ? {}
        : {
            form: {
              chosenCarrier: o.carrier,
              trackingNumbers: ['X'],
              trackingCarrierMatch: 'mismatch' as const,
            },
          }),
    }),
  );
  const all = evaluations.flatMap(texts);

  it('sets off most of the pack, so the check below covers it', () => {
    const fired = new Set(evaluations.flatMap((e) => e.warnings.map((w) => w.policyId)));
    expect(fired.size).toBeGreaterThanOrEqual(25);
  });

  it('shows no raw machine value in any language', () => {
    const bad = all.flatMap((text) =>
      [text.en, text['zh-CN']].filter((line) => rawValue.some((pattern) => pattern.test(line))),
    );
    expect([...new Set(bad)]).toEqual([]);
  });

  it('leaves no English goods, service level or status word in the Chinese text', () => {
    // Carrier and service names are proper names, kept as the consoles spell them.
    const names = [
      ...defaultPack.channels.flatMap((c) => c.carrierNames),
      ...Object.values(defaultPack.serviceAliases).flatMap((table) => Object.keys(table ?? {})),
      ...JSON.stringify(defaultPack.policies).matchAll(/"value":\[("[^\]]*")\]/g),
    ]
      .flatMap((name) =>
        typeof name === 'string' ? [name] : (JSON.parse(`[${name[1]}]`) as string[]),
      )
      .concat(orders().flatMap((o) => (o.carrier === undefined ? [] : [o.carrier])))
      .sort((a, b) => b.length - a.length);
    const withoutNames = (line: string) =>
      names.reduce(
        (text, name) => text.split(name).join('').split(name.toLowerCase()).join(''),
        line,
      );
    const bad = [...new Set(all.map((text) => text['zh-CN']))].filter((line) =>
      latinTerms.test(withoutNames(line)),
    );
    expect([...new Set(bad)]).toEqual([]);
  });

  it('words a passed deadline as a sentence with a humanized duration', () => {
    const late = evaluations
      .flatMap((e) => e.warnings)
      .find((w) => w.policyId === 'amazon-late-shipment');
    expect(late?.message.en).toBe(
      'Ship-by passed 6 days ago: this order already counts as late. Confirm shipment now.',
    );
    expect(late?.message['zh-CN']).toBe('发货截止已过 6 天:此订单已计为迟发。请立即确认发货。');
    expect(late?.details.map((d) => d.en)).toContain('Ship-by: 6 days ago');
  });
});
