/** Seller Central pages known by what they show (docs/consoles/amazon.md, "Page kind from content"). */
import type { PageKind } from '../../order-facts';
import { contentDetector } from '../content-kind';
import { sellerCentralHosts } from './regions';
import { detectPage, orderIdPattern } from './pages';
import * as sel from './selectors';

export const detectPageFromContent = contentDetector(sellerCentralHosts, {
  orderId: new RegExp(`^${orderIdPattern}$`),
  distinctiveId: true,
  hooks: {
    'order-list': sel.list.rows,
    'ship-form': sel.ready['ship-form'],
    'order-detail': sel.ready['order-detail'],
  },
});

/** The URL decides when it is in the table; else the content. */
export function pageKind(doc: Document, url: URL): PageKind | null {
  return detectPage(url) ?? detectPageFromContent(doc, url);
}
