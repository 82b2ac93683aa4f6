/**
 * Wish dashboard pages known by what they show: every order path on these hosts is a GUESS
 * and the dashboard has moved under `/md/…` (docs/consoles/wish.md), so on the merchant hosts
 * the content decides whenever the URL is not in the table.
 */
import type { PageKind } from '../../order-facts';
import { contentDetector } from '../content-kind';
import { detectPage, hosts } from './pages';
import { css } from './selectors';

export const detectPageFromContent = contentDetector(hosts, {
  // 24-hex ObjectIds, shared with product ids: only a labelled id or an "Order ID" column counts.
  orderId: /^[0-9a-f]{24}$/i,
  distinctiveId: false,
  hooks: {
    'order-list': css.orderTable,
    'ship-form': css.shipFormRoot.slice(0, 1),
  },
});

/** The URL decides when it is in the table; else the content. */
export function pageKind(doc: Document, url: URL): PageKind | null {
  return detectPage(url) ?? detectPageFromContent(doc, url);
}
