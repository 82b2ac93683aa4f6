/**
 * The Wish merchant dashboard adapter (docs/consoles/wish.md — the console the evidence knows
 * least: label-text and `data-cy` driven, every guess in selectors.ts and pages.ts).
 */
import { elementText } from '../dom';
import type { ConsoleAdapter } from '../types';
import { orderListSource } from '../list-rows';
import { extractOrder, orderList } from './extract';
import { detectPage, matches } from './pages';
import { detectPageFromContent } from './content';
import { ready } from './selectors';
import { findFulfilForm, shipFormOf } from './ship-form';
import { findOrderTable } from './table';
import { buyerData } from './buyer-data';
import { listSample } from './list-sample';

export const wish: ConsoleAdapter = {
  id: 'wish',
  label: 'Wish',
  matches,
  detectPage,
  detectPageFromContent,
  ready: { ...ready, 'fba-inbound': [] },
  extractOrder: (doc, url) => extractOrder(doc, url),
  // On the fulfil page the panel goes above the form; the old modal has no room for it.
  panelMount(doc) {
    const form = findFulfilForm(doc);
    return form && !form.inDialog ? { anchor: form.root, position: 'before' } : null;
  },
  listRows: (doc) => orderListSource(orderList(doc)),
  listSample,
  listToolbarMount(doc) {
    const table = findOrderTable(doc);
    return table ? { anchor: table.table, position: 'before' } : null;
  },
  shipForm: (doc) => shipFormOf(doc),
  trackingFields(doc) {
    const table = findOrderTable(doc);
    if (!table) return [];
    return table.rows.flatMap((row) => {
      const element = table.cell(row, 'trackingNumber');
      const value = elementText(element);
      return element && value ? [{ element, text: value }] : [];
    });
  },
  buyerData,
};
