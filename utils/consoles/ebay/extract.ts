/**
 * Document → zod-validated `OrderFacts` for eBay Seller Hub pages. `now` anchors the dates
 * the pages print without a year ("Ship by Nov 27").
 */
import type { ExtractResult } from '../../order-facts';
import { readByLabels, withLabelRead, type LabelReadSpec } from '../label-read';
import { extractDetail, placementPending } from './detail';
import { orderIdPattern } from './pages';

/** The label read's view of Seller Hub: 2-5-5 order numbers and `/itm/` listing links. */
const labelSpec: LabelReadSpec = {
  console: 'ebay',
  orderId: orderIdPattern,
  listingLink: /ebay\.[a-z.]+\/itm\/(?:[^/?#]+\/)?(\d{9,15})/,
};
import { pageKind } from './content';
import { extractShipForm } from './ship-form';

/** The order of an order-details or add-tracking page; any other page gives `ok: false`. */
export function extractOrder(doc: Document, url: URL, now: Date = new Date()): ExtractResult {
  switch (pageKind(doc, url)) {
    case 'order-detail': {
      const hooks = extractDetail(doc, url, now);
      // Fragments not placed yet: wait for them rather than read their hidden copies.
      if (placementPending(doc)) return hooks;
      return withLabelRead(hooks, () =>
        readByLabels(doc, 'order-detail', labelSpec, url.searchParams.get('orderid')),
      );
    }
    case 'ship-form':
      return extractShipForm(doc, url);
    case 'order-list':
      return {
        ok: false,
        reason: 'An order list shows several orders: each row is read on its own',
      };
    case null:
      return { ok: false, reason: 'Not an eBay order details or add-tracking page' };
  }
}

/** Every order row of an order-list page, in page order, each with its facts. */
export { extractListRows, type RowFacts } from './list';
