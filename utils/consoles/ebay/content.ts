/** Seller Hub pages known by what they show (docs/consoles/ebay.md, "Page kind from content"). */
import type { PageKind } from '../../order-facts';
import { contentDetector } from '../content-kind';
import { detectPage, hosts, orderIdPattern } from './pages';
import * as s from './selectors';

export const detectPageFromContent = contentDetector(hosts, {
  orderId: orderIdPattern,
  distinctiveId: true,
  hooks: {
    'order-list': s.listRow,
    'ship-form': s.trackingInput,
    'order-detail': s.readyDetail,
  },
});

/** The URL decides when it is in the table; else the content. */
export function pageKind(doc: Document, url: URL): PageKind | null {
  return detectPage(url) ?? detectPageFromContent(doc, url);
}
