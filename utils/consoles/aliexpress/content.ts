/** AliExpress pages known by what they show (docs/consoles/aliexpress.md, "Page kind from content"). */
import type { PageKind } from '../../order-facts';
import { contentDetector } from '../content-kind';
import { detectPage, hosts } from './pages';
import * as s from './selectors';

export const detectPageFromContent = contentDetector(hosts, {
  // Order ids are 15–20 digits (Greasyfork 437404); product ids look the same, so only labelled ids count.
  orderId: /^\d{15,20}$/,
  distinctiveId: false,
  hooks: {
    'order-list': s.ready['order-list'],
    // The declare form's tracking input and the create_ship_cn solution cards (437404), not "any labelled row".
    'ship-form': s.ready['ship-form'].filter((selector) => !selector.endsWith('label[for]')),
    'order-detail': s.ready['order-detail'],
  },
});

/** The URL decides when it is in the table; else the content. */
export function pageKind(doc: Document, url: URL): PageKind | null {
  return detectPage(url) ?? detectPageFromContent(doc, url);
}
