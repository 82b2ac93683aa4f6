import type { ConsoleAdapter } from '../types';
import { noRows } from '../list-rows';
import { queryFirst, elementText } from '../dom';
import { extractOrder, readListOrder } from './extract';
import { badgeMount, listOrders } from './list';
import { detectPage, matches } from './pages';
import { detectPageFromContent, pageKind } from './content';
import { readShipForm } from './ship-form';
import * as s from './selectors';
import { trackingElements } from './tracking';
import { buyerData } from './buyer-data';

/** AliExpress seller portals: gsp (older) and csp (current), old `/apps/` and new `/m_apps/` pages. */
export const aliexpress: ConsoleAdapter = {
  id: 'aliexpress',
  label: 'AliExpress',
  matches,
  detectPage,
  detectPageFromContent,
  ready: { ...s.ready, 'fba-inbound': [] },
  extractOrder: (doc, url) => extractOrder(doc, url),
  panelMount: (doc) => {
    const block = queryFirst(doc, s.panelAnchor.css);
    if (block) return { anchor: block, position: 'after' };
    const form = queryFirst(doc, s.formPanelAnchor.css);
    return form ? { anchor: form, position: 'before' } : null;
  },
  listRows: (doc, url) => {
    if (pageKind(doc, url) !== 'order-list') return noRows;
    const orders = new Map(listOrders(doc).map((order) => [order.row, order]));
    return {
      rows: [...orders.keys()],
      read(row) {
        const order = orders.get(row) ?? { row, parts: [row] };
        return { row, mount: badgeMount(order), facts: readListOrder(order, new Date()) };
      },
    };
  },
  listToolbarMount: (doc) => {
    const toolbar = queryFirst(doc, s.toolbar.css);
    if (toolbar) return { anchor: toolbar, position: 'after' };
    const firstOrder = queryFirst(doc, s.newListOrder.css);
    return firstOrder ? { anchor: firstOrder, position: 'before' } : null;
  },
  shipForm: (doc, url) => (pageKind(doc, url) === 'ship-form' ? readShipForm(doc) : null),
  trackingFields: (doc) =>
    trackingElements(doc).map((element) => ({ element, text: elementText(element) })),
  buyerData,
};
