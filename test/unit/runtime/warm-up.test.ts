// @vitest-environment happy-dom
/**
 * The warm-up reads the console's list sample at idle, in a document of its own, and leaves
 * the page alone (utils/runtime/warm-up.tsx).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoles } from '../../../utils/consoles';
import type { OrderFacts } from '../../../utils/order-facts';
import type { Evaluation } from '../../../utils/rules/engine/types';
import { warmUp } from '../../../utils/runtime/warm-up';
import { evaluate } from '../../../utils/rules/engine/engine';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { defaultSettings } from '../../../utils/settings';

/** Idle callbacks run when `idle()` is called, each granted `granted` ms. */
function fakeIdle(granted = 50) {
  const waiting: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    waiting.push(callback);
    return waiting.length;
  });
  return {
    idle() {
      for (let callback = waiting.shift(); callback; callback = waiting.shift())
        callback({ didTimeout: false, timeRemaining: () => granted });
    },
  };
}

/** The bundled pack's evaluation: the panel drawn at idle is a real one. */
const evaluateBundled = (facts: OrderFacts): Evaluation =>
  evaluate({ facts, pack: defaultPack, settings: defaultSettings, now: new Date() });

afterEach(() => void vi.unstubAllGlobals());

/** Starts the warm-up of `adapter`; the orders it evaluates are collected in `seen`. */
function warmUpCollecting(
  adapter: (typeof consoles)[number],
  alive: (seen: readonly OrderFacts[]) => boolean = () => true,
): OrderFacts[] {
  const seen: OrderFacts[] = [];
  warmUp({
    adapter,
    evaluate: (facts) => (seen.push(facts), evaluateBundled(facts)),
    language: 'en',
    t: (key) => key,
    alive: () => alive(seen),
  });
  return seen;
}

describe.each(consoles.map((adapter) => [adapter.id, adapter] as const))('%s', (_, adapter) => {
  it('reads and evaluates its sample sixty times at idle, and leaves the page as it was', () => {
    const { idle } = fakeIdle();
    document.body.innerHTML = '<main>the console</main>';
    const seen = warmUpCollecting(adapter);
    expect(seen).toHaveLength(0);
    idle();
    expect(seen).toHaveLength(60);
    expect(new Set(seen.map((facts) => facts.orderId)).size).toBeGreaterThanOrEqual(2);
    expect(document.body.innerHTML).toBe('<main>the console</main>');
  });

  it('reads a row per idle callback even when the browser grants no time', () => {
    const { idle } = fakeIdle(0);
    const seen = warmUpCollecting(adapter);
    idle();
    expect(seen).toHaveLength(60);
  });

  it('stops when the content script has ended', () => {
    const { idle } = fakeIdle();
    const seen = warmUpCollecting(adapter, (evaluated) => evaluated.length < 5);
    idle();
    expect(seen).toHaveLength(5);
  });
});
