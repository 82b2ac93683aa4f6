/**
 * eBay Seller Hub: order list, order details and add-tracking forms on the eight Seller Hub
 * sites (docs/consoles/ebay.md). This adapter only declares; the runtime does the rest.
 */
import { queryFirst } from '../dom';
import type { ConsoleAdapter, MountPoint, TrackingField } from '../types';
import { orderListSource } from '../list-rows';
import { extractOrder } from './extract';
import { orderList } from './list';
import { detectPage, matches } from './pages';
import { detectPageFromContent } from './content';
import { trackingTokens } from '../dom';
import { unionAll, visibleText } from './read';
import * as s from './selectors';
import { readShipForm } from './ship-form';
import { buyerData } from './buyer-data';
import { listSample } from './list-sample';

function panelMount(doc: Document): MountPoint | null {
  const summary = queryFirst(doc, s.panelAfter);
  if (summary) return { anchor: summary, position: 'after' };
  const column = queryFirst(doc, s.panelPrepend);
  return column ? { anchor: column, position: 'prepend' } : null;
}

/** Above the orders table, else after the "Results: … of N" summary. */
function listToolbarMount(doc: Document): MountPoint | null {
  const firstRow = queryFirst(doc, s.listRow);
  const table = firstRow?.closest('table') ?? queryFirst(doc, s.listToolbarBefore);
  if (table) return { anchor: table, position: 'before' };
  const summary = queryFirst(doc, s.listToolbarAfter);
  return summary ? { anchor: summary, position: 'after' } : null;
}

/**
 * Details-page tracking values (placed widgets only) and list-row tracking links; a field
 * showing "--" or "Add tracking" holds no number and is left out.
 */
function trackingFields(doc: Document): TrackingField[] {
  // One search of the page for both kinds (a list of thousands of rows is searched once);
  // details-page values count only once placed inside the details root.
  const root = queryFirst(doc, s.detailRoot);
  const detail = s.detailTrackingValue.join(', ');
  const elements = unionAll(doc, [...s.detailTrackingValue, ...s.listTrackingValue]).filter(
    (element) => !element.matches(detail) || (root !== null && root.contains(element)),
  );
  return elements
    .map((element) => ({ element, text: visibleText(element) }))
    .filter((field) => trackingTokens(field.text).length > 0);
}

export const ebay: ConsoleAdapter = {
  id: 'ebay',
  label: 'eBay Seller Hub',
  matches,
  detectPage,
  detectPageFromContent,
  ready: {
    'order-detail': s.readyDetail,
    'order-list': s.listRow,
    'ship-form': s.trackingInput,
    'fba-inbound': [],
  },
  extractOrder: (doc, url) => extractOrder(doc, url),
  panelMount,
  listRows: (doc, url) => orderListSource(orderList(doc, url)),
  listSample,
  listToolbarMount,
  // Seller Hub's add-tracking form is a page or a dialog's frame of its own (§2.6): the order
  // list itself holds none, and a long list is not searched for one.
  shipForm: (doc, url) => (detectPage(url) === 'order-list' ? null : readShipForm(doc)),
  trackingFields,
  buyerData,
};
