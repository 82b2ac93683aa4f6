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
  shipForm: (doc) => findShipForm(doc),
  trackingFields,
  readInboundPage,
  inboundMount,
  buyerData,
};
