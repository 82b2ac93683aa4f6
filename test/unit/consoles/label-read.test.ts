// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Facts survive a redesign: every order-detail fixture with its hooks stripped (no `class`,
 * no `data-*`) still gives the same order id, destination and items — read from the visible
 * labels and the listing links — and says it was read by labels.
 */
import { describe, expect, it } from 'vitest';
import { consoles } from '../../../utils/consoles';
import type { OrderFacts, OrderItem } from '../../../utils/order-facts';
import { fixtureTable } from '../fixture-table';
import { withoutHooks } from './strip-hooks';

/** What identifies an item; prices and weights are the hooks' to read. */
const identity = (items: readonly OrderItem[]) =>
  items.map(({ title, sku, listingId, quantity }) => ({ title, sku, listingId, quantity }));

const details = consoles.flatMap((adapter) => {
  const fixtures = fixtureTable(adapter.id);
  return fixtures.entries
    .filter((entry) => entry.pageKind === 'order-detail')
    .map((entry) => [entry.file, adapter, fixtures, entry] as const);
});

describe('order details without their hooks', () => {
  it('covers the detail pages of three consoles (Wish shows none)', () => {
    expect(new Set(details.map(([, adapter]) => adapter.id))).toEqual(
      new Set(['aliexpress', 'amazon', 'ebay']),
    );
  });

  it.each(details)('%s', (file, adapter, fixtures, entry) => {
    const expected = JSON.parse(fixtures.read(entry.expected)) as OrderFacts | { ok: false };
    const url = new URL(entry.url);
    const stripped = adapter.extractOrder(withoutHooks(fixtures.load(file)), url);
    if (!('orderId' in expected)) {
      // Unread with its hooks (a renamed id hook, fragments not placed yet): without any
      // hooks it is a redesign, and the labels may only give the order its URL names.
      if (stripped.ok) expect(url.href).toContain(stripped.facts.orderId);
      return;
    }
    if (!stripped.ok) throw new Error(stripped.reason);
    expect(stripped.facts.orderId).toBe(expected.orderId);
    expect(stripped.facts.destinationCountry).toBe(expected.destinationCountry);
    expect(identity(stripped.facts.items)).toEqual(identity(expected.items));
    expect(stripped.facts.readVia).toBe('labels');
  });

  it('reads by hooks, and says nothing of labels, when the hooks are there', () => {
    for (const [file, adapter, fixtures, entry] of details) {
      const result = adapter.extractOrder(fixtures.loadShared(file), new URL(entry.url));
      if (result.ok) expect(result.facts.readVia, file).toBeUndefined();
    }
  });
});
