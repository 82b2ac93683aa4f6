/**
 * Amazon Seller Central: the adapter only declares what is known about the console; the
 * shared runtime does the rest. Evidence for every URL and selector: docs/consoles/amazon.md.
 */
import type { ConsoleAdapter } from '../types';
import { orderListSource } from '../list-rows';
import { extractOrder, orderList, trackingFields } from './extract';
import { listToolbarMount, panelMount } from './mounts';
import { inboundMount, readInboundPage } from './inbound';
import { detectPage, matches } from './pages';
import { detectPageFromContent } from './content';
import { ready } from './selectors';
import { findShipForm } from './ship-form';
import { buyerData } from './buyer-data';
import { listSample } from './list-sample';

export const amazon: ConsoleAdapter = {
  id: 'amazon',
  label: 'Amazon Seller Central',
  matches,
  detectPage,
  detectPageFromContent,
  ready,
  extractOrder: (doc, url) => extractOrder(doc, url),
  panelMount,
  listRows: (doc, url) => orderListSource(orderList(doc, url)),
  listSample,
  listToolbarMount,
  // Confirming a shipment is a page of its own, `/orders-v3/order/{id}/confirm-shipment`
  // (docs/consoles/amazon.md §1.2, §1.6): the order list holds no form, and a long list is not
  // searched for one.
  shipForm: (doc, url) => (detectPage(url) === 'order-list' ? null : findShipForm(doc)),
  trackingFields,
  readInboundPage,
  inboundMount,
  buyerData,
};
