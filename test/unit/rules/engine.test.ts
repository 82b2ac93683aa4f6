import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluateInput } from '../../../utils/rules/engine/engine';
import { compileSnapshot, RulesSnapshotSchema } from '../../../utils/rules/pack/snapshot';
import type { RulesPackInput } from '../../../utils/rules/pack/schema';
import type { Evaluation } from '../../../utils/rules/engine/types';
import { item, miniPack, miniPackInput, NOW, order, parsed, settings } from './helpers';

/** Text is worded when read (engine/text.ts lazyLocalized): compare what a reader gets, as JSON. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function run(overrides: Partial<EvaluateInput> = {}): Evaluation {
  return evaluate({ facts: order(), pack: miniPack, settings: settings(), now: NOW, ...overrides });
}

const form = (
  chosenCarrier: string | null,
  trackingCarrierMatch: 'match' | 'mismatch' | 'unknown' = 'unknown',
) => ({
  chosenCarrier,
  trackingNumbers: [],
  trackingCarrierMatch,
});

const warningIds = (evaluation: Evaluation) =>
  evaluation.warnings.map((w) => `${w.policyId}:${w.severity}`);
const reasonCodes = (evaluation: Evaluation, channelId: string) =>
  evaluation.channels.find((c) => c.channelId === channelId)?.reasons.map((r) => r.code);

describe('evaluate: channels', () => {
  it('recommends, ranks and explains every channel of the platform', () => {
    const result = run();
    expect(result.recommended?.channelId).toBe('post');
    expect(result.channels.map((c) => [c.channelId, c.eligible, c.rank])).toEqual([
      ['post', true, 1],
      ['express', true, 2],
      ['economy', false, null],
    ]);
    expect(result.alternatives.map((c) => c.channelId)).toEqual(['express']);
    expect(result.ruledOut.map((c) => c.channelId)).toEqual(['economy']);
    // Post's limits it cannot check are notes, with the limit values.
    expect(result.recommended?.reasons.map((r) => [r.code, r.values])).toEqual([
      ['size-unchecked', { maxLongestSideCm: 60, maxSumOfSidesCm: 90 }],
      ['goods-unchecked', { refusedGoods: 'battery' }],
    ]);
  });

  it('gives every ruled-out channel at least one reason, each with the values behind it', () => {
    const cases: EvaluateInput[] = [
      { facts: order(), pack: miniPack, settings: settings(), now: NOW },
      {
        facts: order({ destinationCountry: 'RU' }),
        pack: miniPack,
        settings: settings(),
        now: NOW,
      },
      { facts: order({ shipFromCountry: 'US' }), pack: miniPack, settings: settings(), now: NOW },
      {
        facts: order({ destinationCountry: null }),
        pack: miniPack,
        settings: settings(),
        now: NOW,
      },
      {
        facts: order({ orderValue: { amount: 60, currency: 'USD' } }),
        pack: miniPack,
        settings: settings(),
        now: NOW,
        goods: ['battery'],
        dimensionsCm: { lengthCm: 70, widthCm: 10, heightCm: 10 },
      },
      {
        facts: order({ items: [item({ unitWeightGrams: 2500 })] }),
        pack: miniPack,
        settings: settings(),
        now: NOW,
      },
    ];
    for (const input of cases) {
      for (const verdict of evaluate(input).ruledOut) {
        expect(verdict.reasons.length, verdict.channelId).toBeGreaterThan(0);
        for (const reason of verdict.reasons)
          expect(Object.keys(reason.values).length, reason.code).toBeGreaterThan(0);
      }
    }
  });

  it('checks route, weight, value, size and goods limits with the failing values', () => {
    expect(
      reasonCodes(
        run({
          facts: order({ destinationCountry: 'RU', orderValue: { amount: 4, currency: 'USD' } }),
        }),
        'economy',
      ),
    ).toEqual(['destination-not-served']);
    expect(
      run({ facts: order({ shipFromCountry: 'US' }) }).channels.find(
        (c) => c.channelId === 'express',
      )?.reasons[0],
    ).toMatchObject({
      code: 'origin-not-served',
      values: { origin: 'US', origins: 'CN' },
    });
    const limited = run({
      facts: order({ orderValue: { amount: 60, currency: 'USD' } }),
      goods: ['battery'],
      dimensionsCm: { lengthCm: 70, widthCm: 10, heightCm: 15 },
    });
    expect(
      limited.channels.find((c) => c.channelId === 'post')?.reasons.map((r) => [r.code, r.values]),
    ).toEqual([
      [
        'over-max-value',
        { declaredValue: '60.00 USD', declaredInLimitCurrency: 60, maxDeclaredValue: '50.00 USD' },
      ],
      ['over-max-size', { longestSideCm: 70, maxLongestSideCm: 60 }],
      ['over-max-size', { sumOfSidesCm: 95, maxSumOfSidesCm: 90 }],
      ['refused-goods', { goods: 'battery' }],
    ]);
    expect(
      reasonCodes(run({ facts: order({ items: [item({ unitWeightGrams: 2500 })] }) }), 'post'),
    ).toEqual(['over-max-weight']);
  });

  it('rules every channel out when the destination is unknown, and guesses nothing', () => {
    const result = run({ facts: order({ destinationCountry: null }) });
    expect(result.recommended).toBeNull();
    expect(result.ruledOut.map((c) => reasonCodes(result, c.channelId))).toEqual([
      ['destination-unknown'],
      ['destination-unknown'],
      ['destination-unknown'],
    ]);
    expect(result.warnings).toEqual([]);
    // Said as a missing destination, not as "no channel fits".
    expect(result.blockedBy).toBe('destinationCountry');
  });

  it('is blocked by nothing when the destination is known', () => {
    expect(run({ facts: order({}) }).blockedBy).toBeNull();
    expect(
      run({ facts: order({ items: [item({ unitWeightGrams: 99000 })] }) }).blockedBy,
    ).toBeNull();
  });
});

describe('evaluate: weight basis', () => {
  it('uses page weights, then the SKU table, then the pack default, and says which', () => {
    expect(run().weight).toEqual({ grams: 120, source: 'page', unknownSkus: [] });
    const items = [
      item({ sku: 'A', unitWeightGrams: null, quantity: 2 }),
      item({ sku: 'B', unitWeightGrams: null }),
      item({ sku: null, title: 'Cable', unitWeightGrams: 30 }),
    ];
    const result = run({ facts: order({ items }), skuWeights: { A: 100 } });
    // 2 × 100 (SKU table) + 200 (default, assumed) + 30 (page)
    expect(result.weight).toEqual({ grams: 430, source: 'mixed', unknownSkus: ['B'] });
    expect(result.assumptions.map((a) => a.en)).toContain(
      'Weight assumed: 200 g per unit for B. Enter the real weight to improve the estimate.',
    );
    expect(run({ facts: order({ items: [] }) }).weight).toEqual({
      grams: 200,
      source: 'assumed',
      unknownSkus: [],
    });
  });
});

describe('evaluate: require/forbid policies', () => {
  it('marks a rule not checked for 12 months as possibly out of date, from `now`', () => {
    // The mini pack's rules were checked on 2026-11-01.
    const stale = (now: string) => run({ now: new Date(now) }).warnings.map((w) => w.stale);
    expect(stale('2027-10-31T23:59:59Z')).toEqual([false]);
    expect(stale('2027-11-01T00:00:00Z')).toEqual([true]);
  });

  it('rules channels out and shows the advisory before a carrier is chosen', () => {
    const result = run();
    expect(plain(result.ruledOut[0]?.reasons)).toEqual([
      {
        code: 'policy-forbids',
        policyId: 'us-over-5',
        message: { en: 'Ruled out by “US over $5”.', 'zh-CN': '被规则“美国超过5美元”排除。' },
        values: {
          destination: 'US',
          orderValue: '12.00 USD',
          effect: 'require',
          channels: 'post',
          serviceLevels: 'express',
        },
      },
    ]);
    expect(plain(result.warnings)).toEqual([
      {
        policyId: 'us-over-5',
        platform: 'aliexpress',
        severity: 'info',
        message: {
          en: 'To United States above US$5 (US$12.00): Post or express only.',
          'zh-CN': '发往 美国 超过 5 美元(12.00 美元):仅限邮政或快递。',
        },
        source: {
          url: 'https://example.com/us',
          effectiveDate: '2019',
          confidence: 'secondary',
          dated: true,
          verifiedAt: '2026-11-01',
        },
        stale: false,
        details: [
          { en: 'Destination: United States', 'zh-CN': '目的国:美国' },
          { en: 'Order value: US$12.00', 'zh-CN': '订单金额:12.00 美元' },
        ],
        matched: [
          { fact: 'destination', op: 'eq', expected: 'US', actual: 'US', result: true },
          {
            fact: 'orderValue',
            op: 'gt',
            expected: { amount: 5, currency: 'USD' },
            actual: { amount: 12, currency: 'USD' },
            result: true,
          },
        ],
        confirmBeforeSubmit: false,
      },
    ]);
  });

  it('raises the policy severity once a violating carrier is chosen, with the carrier in the trace', () => {
    const result = run({ form: form('economy  line') });
    expect(warningIds(result)).toEqual(['us-over-5:critical']);
    expect(result.warnings[0]?.matched.at(-1)).toEqual({
      fact: 'chosenCarrier',
      op: 'require',
      expected: { channels: ['post'], serviceLevels: ['express'] },
      actual: { carrier: 'economy line', channels: ['economy'], serviceLevel: 'economy' },
      result: true,
    });
  });

  it('shows nothing once a complying carrier is chosen', () => {
    expect(warningIds(run({ form: form('Courier') }))).toEqual([]);
    expect(warningIds(run({ facts: order({ carrier: 'POST' }) }))).toEqual([]);
  });

  it('stays advisory when the carrier cannot be placed: ambiguous name, or unknown name against service levels', () => {
    // "Mail" is both Post (complies) and Economy (violates).
    expect(warningIds(run({ form: form('Mail') }))).toEqual(['us-over-5:info']);
    expect(warningIds(run({ form: form('Some Courier Co') }))).toEqual(['us-over-5:info']);
  });

  it('treats an unknown carrier as violating a require that lists only channels', () => {
    const input = miniPackInput();
    Object.assign(input.policies[0]?.effect ?? {}, { serviceLevels: undefined });
    const pack = parsed(JSON.parse(JSON.stringify(input)) as RulesPackInput);
    expect(
      warningIds(
        evaluate({
          facts: order(),
          pack,
          settings: settings(),
          now: NOW,
          form: form('Some Courier Co'),
        }),
      ),
    ).toEqual(['us-over-5:critical']);
  });

  it('never treats an unknown carrier as violating a forbid', () => {
    const input = miniPackInput();
    const policy = input.policies[0];
    if (policy === undefined) throw new Error('no policy');
    policy.effect = { kind: 'forbid', serviceLevels: ['economy'] };
    const pack = parsed(input);
    const evaluateWith = (carrier: string) =>
      warningIds(
        evaluate({ facts: order(), pack, settings: settings(), now: NOW, form: form(carrier) }),
      );
    expect(evaluateWith('Some Courier Co')).toEqual(['us-over-5:info']);
    expect(evaluateWith('Economy Line')).toEqual(['us-over-5:critical']);
  });

  it('skips disabled policies and channels', () => {
    const result = run({
      settings: settings({ disabledPolicies: ['us-over-5'], disabledChannels: ['express'] }),
    });
    expect(result.channels.map((c) => [c.channelId, c.eligible])).toEqual([
      ['economy', true],
      ['post', true],
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('evaluate: warn policies', () => {
  const gbOrder = order({
    destinationCountry: 'GB',
    orderValue: { amount: 4, currency: 'USD' },
    buyerSelectedService: 'standard  shipping',
  });

  it('rules out channels that would set off a warning about the chosen carrier, before one is chosen', () => {
    const result = run({ facts: gbOrder });
    expect(result.buyerService).toEqual({ text: 'standard  shipping', level: 'standard' });
    expect(result.ruledOut.map((c) => c.channelId)).toEqual(['post', 'economy']);
    expect(plain(result.ruledOut[1]?.reasons)).toEqual([
      {
        code: 'policy-forbids',
        policyId: 'buyer-downgrade',
        message: { en: 'Ruled out by “Buyer downgrade”.', 'zh-CN': '被规则“降级”排除。' },
        values: { buyerServiceLevel: 'standard', effect: 'warn' },
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('warns once the chosen carrier sets it off, and passes the fine flag through', () => {
    const downgrade = run({ facts: gbOrder, form: form('Economy Line') });
    expect(warningIds(downgrade)).toEqual(['buyer-downgrade:critical']);
    expect(downgrade.warnings[0]?.message.en).toBe('Buyer chose standard, carrier is economy.');
    const mismatch = run({ facts: gbOrder, form: form('Courier', 'mismatch') });
    expect(
      mismatch.warnings.map((w) => [w.policyId, w.confirmBeforeSubmit, w.source.note]),
    ).toEqual([['tracking-mismatch', true, 'test']]);
    expect(mismatch.warnings[0]?.message.en).toBe('Tracking does not fit Courier.');
  });

  it('does not fire on unknown facts', () => {
    expect(
      run({
        facts: order({ buyerSelectedService: 'Mystery service' }),
        form: form('Economy Line'),
      }).warnings.map((w) => w.policyId),
    ).toEqual(['us-over-5']);
  });
});

describe('evaluate: platform-fulfilled orders', () => {
  it('gives FBA orders no ranking and no warnings, and says why', () => {
    const result = run({
      facts: order({ console: 'amazon', fulfilledBy: 'platform' }),
      form: form('Economy Line', 'mismatch'),
    });
    expect(result.channels).toEqual([]);
    expect(result.recommended).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(result.assumptions.map((a) => a.en)).toEqual([
      'Fulfilled by the platform (e.g. FBA): the platform ships this order, so no channel is recommended and seller-shipping rules do not apply.',
    ]);
  });
});

describe('evaluate: purity', () => {
  it('returns the same result for the same input, all of it as JSON', () => {
    const input: EvaluateInput = {
      facts: order({ shipBy: '2026-11-25T10:00:00Z' }),
      pack: miniPack,
      settings: settings(),
      now: NOW,
      form: form('Mail'),
    };
    const first = plain(evaluate(input));
    expect(plain(evaluate(input))).toStrictEqual(first);
    expect(JSON.stringify(first)).not.toMatch(/"\{\}"|:\{\}/);
  });

  it('does not change the pack', () => {
    const before = JSON.stringify(miniPack);
    run({ form: form('Economy Line') });
    expect(JSON.stringify(miniPack)).toBe(before);
  });
});

describe('compileSnapshot', () => {
  const chosen = settings({
    disabledChannels: ['express'],
    disabledPolicies: ['tracking-mismatch'],
    objective: 'cheapest',
  });
  const snapshot = compileSnapshot(miniPack, chosen, NOW);

  it('removes disabled channels and policies and survives JSON', () => {
    expect(snapshot.pack.channels.map((c) => c.id)).toEqual(['post', 'economy']);
    expect(snapshot.pack.policies.map((p) => p.id)).toEqual(['us-over-5', 'buyer-downgrade']);
    expect(snapshot.compiledAt).toBe('2026-11-25T00:00:00.000Z');
    const revived = JSON.parse(JSON.stringify(snapshot)) as unknown;
    expect(revived).toStrictEqual(snapshot);
    expect(RulesSnapshotSchema.parse(revived)).toStrictEqual(snapshot);
  });

  it('evaluates like the full pack with the same settings', () => {
    const revived = RulesSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)));
    for (const facts of [
      order(),
      order({
        destinationCountry: 'GB',
        orderValue: { amount: 4, currency: 'USD' },
        buyerSelectedService: 'Economy',
      }),
    ]) {
      for (const carrier of [null, 'Courier', 'Mail', 'Economy Line']) {
        const full = evaluate({
          facts,
          pack: miniPack,
          settings: chosen,
          now: NOW,
          form: form(carrier, 'mismatch'),
        });
        const fromSnapshot = evaluate({
          facts,
          pack: revived.pack,
          settings: revived.settings,
          now: NOW,
          form: form(carrier, 'mismatch'),
        });
        expect(fromSnapshot).toStrictEqual(full);
      }
    }
  });
});
