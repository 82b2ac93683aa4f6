/** Seller Central pages known by what they show (docs/consoles/amazon.md, "Page kind from content"). */
import type { ConsolePageKind } from '../../order-facts';
import { contentDetector } from '../content-kind';
import { sellerCentralHosts } from './regions';
import { showsInboundShipment } from './inbound';
import { detectPage, orderIdPattern } from './pages';
import * as sel from './selectors';

const orderKindFromContent = contentDetector(sellerCentralHosts, {
  orderId: new RegExp(`^${orderIdPattern}$`),
  distinctiveId: true,
  hooks: {
    'order-list': sel.list.rows,
    'ship-form': sel.ready['ship-form'],
    'order-detail': sel.ready['order-detail'],
  },
});

/** An order page first; else a Send to Amazon shipment (docs/first-leg.md). */
export function detectPageFromContent(doc: Document, url: URL): ConsolePageKind | null {
  return orderKindFromContent(doc, url) ?? (showsInboundShipment(doc, url) ? 'fba-inbound' : null);
}

/** The URL decides when it is in the table; else the content. */
export function pageKind(doc: Document, url: URL): ConsolePageKind | null {
  return detectPage(url) ?? detectPageFromContent(doc, url);
}
