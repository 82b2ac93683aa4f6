import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../utils/rules/engine/engine';
import type { OrderFacts } from '../../../utils/order-facts';
import type { Evaluation } from '../../../utils/rules/engine/types';
import { EvaluationMemo } from '../../../utils/runtime/evaluation-memo';
import { miniPack, NOW, order, settings } from '../rules/helpers';

describe('EvaluationMemo', () => {
  const run =
    (calls: Date[]) =>
    (facts = order()) =>
    (now: Date) => {
      calls.push(now);
      return evaluate({ facts, pack: miniPack, settings: settings(), now });
    };

  it('evaluates an unchanged order once a minute, with the clock truncated to the minute', () => {
    const memo = new EvaluationMemo();
    const calls: Date[] = [];
    const facts = order({ shipBy: '2026-11-25T20:00:00.000Z' });
    const first = memo.get(facts, undefined, new Date(NOW.getTime() + 5_000), run(calls)(facts));
    const again = memo.get(
      structuredClone(facts),
      undefined,
      new Date(NOW.getTime() + 59_000),
      run(calls)(facts),
    );
    expect(again).toBe(first);
    expect(calls).toEqual([NOW]);
    // What was remembered is what evaluating at that minute gives.
    expect(first).toEqual(evaluate({ facts, pack: miniPack, settings: settings(), now: NOW }));
    memo.get(facts, undefined, new Date(NOW.getTime() + 60_000), run(calls)(facts));
    expect(calls).toHaveLength(2);
  });

  it('evaluates again when a fact or the ship form changes', () => {
    const memo = new EvaluationMemo();
    const calls: Date[] = [];
    const facts = order();
    memo.get(facts, undefined, NOW, run(calls)(facts));
    memo.get({ ...facts, destinationCountry: 'GB' }, undefined, NOW, run(calls)(facts));
    const form = {
      chosenCarrier: 'DHL',
      trackingNumbers: [],
      trackingCarrierMatch: 'unknown' as const,
    };
    memo.get(facts, form, NOW, run(calls)(facts));
    memo.get(facts, { ...form, chosenCarrier: 'UPS' }, NOW, run(calls)(facts));
    memo.get(facts, { ...form, chosenCarrier: 'UPS' }, NOW, run(calls)(facts));
    expect(calls).toHaveLength(4);
  });

  it('keeps at most `limit` entries, dropping the oldest', () => {
    const memo = new EvaluationMemo(2);
    const calls: Date[] = [];
    const a = order({ orderId: 'A' });
    const b = order({ orderId: 'B' });
    const c = order({ orderId: 'C' });
    const get = (facts: OrderFacts): Evaluation =>
      memo.get(facts, undefined, NOW, run(calls)(facts));
    get(a);
    get(b);
    get(c); // a goes
    get(b);
    expect(calls).toHaveLength(3);
    // The same order read again (a new facts object): its entry went with the limit.
    get(structuredClone(a));
    expect(calls).toHaveLength(4);
  });
});
