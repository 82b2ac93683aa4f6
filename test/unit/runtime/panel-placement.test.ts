// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { elementShowing, placePanel } from '../../../utils/runtime/panel-placement';
import { unreadOrder, type ExtractResult } from '../../../utils/order-facts';

const read = (orderId: string): ExtractResult => ({
  ok: true,
  facts: unreadOrder('amazon', 'order-detail', orderId),
});

describe('placePanel: a read order always gets a place', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <header id="top"><h1>Order details</h1></header>
      <script>var order = "111-4820913-5627405";</script>
      <main><div id="summary"><span>Order ID: <b>111-4820913-5627405</b></span></div></main>`;
  });

  it("takes the console's anchor when there is one", () => {
    const anchor = {
      anchor: document.getElementById('top') as Element,
      position: 'after' as const,
    };
    expect(placePanel(document, anchor, read('111-4820913-5627405'))).toEqual({
      placement: 'inline',
      mount: anchor,
    });
  });

  it('goes after the block that shows the order id when the anchor is gone', () => {
    const placed = placePanel(document, null, read('111-4820913-5627405'));
    expect(placed.placement).toBe('inline');
    expect((placed.mount.anchor as Element).id).toBe('summary');
    expect(placed.mount.position).toBe('after');
  });

  it('docks to the window when the order id is nowhere in the page text', () => {
    expect(placePanel(document, null, read('999-0000000-0000000'))).toEqual({
      placement: 'docked',
      mount: { anchor: document.body, position: 'append' },
    });
  });

  it('docks an order that could not be read (the panel says why)', () => {
    const unreadable: ExtractResult = { ok: false, reason: 'No order number on this page' };
    expect(placePanel(document, null, unreadable).placement).toBe('docked');
  });

  it('does not take an order id from a script, or one too short to tell apart', () => {
    document.getElementById('summary')?.remove();
    expect(elementShowing(document, '111-4820913-5627405')).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<p>Row 1234 of 5000</p>');
    expect(elementShowing(document, '1234')).toBeNull();
  });
});
