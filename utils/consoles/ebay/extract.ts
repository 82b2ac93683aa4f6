/**
 * Document → zod-validated `OrderFacts` for eBay Seller Hub pages. `now` anchors the dates
 * the pages print without a year ("Ship by Nov 27").
 */
import type { ExtractResult } from '../../order-facts';
import { extractDetail } from './detail';
import { pageKind } from './content';
import { extractShipForm } from './ship-form';

/** The order of an order-details or add-tracking page; any other page gives `ok: false`. */
export function extractOrder(doc: Document, url: URL, now: Date = new Date()): ExtractResult {
  switch (pageKind(doc, url)) {
    case 'order-detail':
      return extractDetail(doc, url, now);
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
