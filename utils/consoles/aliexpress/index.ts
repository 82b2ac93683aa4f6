import type { ConsoleAdapter } from '../types';
import { noRows, orderListSource } from '../list-rows';
import { queryFirst, elementText } from '../dom';
import { extractOrder, readListOrder } from './extract';
import { badgeMount, listOrderRows } from './list';
import { detectPage, matches } from './pages';
import { detectPageFromContent, pageKind } from './content';
import { readShipForm } from './ship-form';
import * as s from './selectors';
import { trackingElements } from './tracking';
import { buyerData } from './buyer-data';
import { listSample } from './list-sample';

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
  listRows: (doc, url) =>
    pageKind(doc, url) === 'order-list'
      ? orderListSource({ ...listOrderRows(doc), read: readListOrder, mount: badgeMount })
      : noRows,
  listSample,
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
