/**
 * Records the shipments a page shows in the compliance ledger (docs/compliance.md): shipped
 * orders on detail and list pages, and a ship form submitted after our checks (a submit the
 * "ship anyway" gate held never reaches this listener: the gate stops it first). The
 * background writes; this content script only sends reports without buyer data.
 */
import { shipmentFromFacts, type ShipmentReport } from '../../compliance/shipment';
import { send } from '../../messaging';
import type { OrderFacts } from '../../order-facts';
import type { Feature, FeatureContext } from '../feature';
import { readFormState } from '../form-state';
import { submitsForm } from '../gate';

export function createRecordShipments(): Feature {
  /** Reports sent already, as JSON: the same sighting is not sent on every pass. */
  const sent = new Set<string>();
  let latest: FeatureContext | null = null;
  let listening: AbortSignal | null = null;

  function report(facts: OrderFacts, url: URL): ShipmentReport | null {
    return shipmentFromFacts(facts, { url, now: new Date() });
  }

  function sendNew(reports: readonly (ShipmentReport | null)[]): void {
    const fresh = reports.filter((item): item is ShipmentReport => {
      if (item === null) return false;
      const key = JSON.stringify({ ...item, shipDate: '' });
      if (sent.has(key)) return false;
      sent.add(key);
      return true;
    });
    if (fresh.length === 0) return;
    send({ type: 'record-shipments', shipments: fresh }).catch((error: unknown) =>
      console.warn('[ShipLens] shipments not recorded', error),
    );
  }

  function onSubmit(event: Event): void {
    const ctx = latest;
    const form = ctx?.page.form;
    const order = ctx?.page.formOrder;
    if (!ctx || !form || !order || order.orderId === 'unknown') return;
    if (event.defaultPrevented || !submitsForm(event, form.submitButtons, form.watched)) return;
    const live = readFormState(form);
    const shipped: OrderFacts = {
      ...order,
      status: 'shipped',
      carrier: live.chosenCarrier ?? order.carrier,
      trackingNumbers: live.trackingNumbers,
    };
    sendNew([report(shipped, ctx.page.url)]);
  }

  return {
    id: 'record-shipments',
    pages: ['order-detail', 'order-list', 'ship-form'],
    // Each slice of a long list brings its own rows to record.
    everySlice: true,
    run(ctx) {
      const { page } = ctx;
      latest = ctx;
      const orders = [
        ...(page.order?.ok ? [page.order.facts] : []),
        ...page.rows.flatMap((row) => (row.facts.ok ? [row.facts.facts] : [])),
      ];
      // In a task of its own: a list's badges are drawn first (a pass overtaken drops this,
      // and the next one sends what it did not).
      ctx.later(() => sendNew(orders.map((facts) => report(facts, page.url))));
      if (page.form && listening !== ctx.signal) {
        listening = ctx.signal;
        // Capture on window, added after the ship-form gate's: a held submit stops there.
        ctx.listen(window, 'click', onSubmit, { capture: true });
        ctx.listen(window, 'submit', onSubmit, { capture: true });
      }
    },
  };
}
