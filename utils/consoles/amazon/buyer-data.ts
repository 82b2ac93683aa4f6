/**
 * Elements of Seller Central whose whole text is buyer data, for the scrubbed page capture
 * (`utils/capture/`). Sources as in selectors.ts.
 */
import { address } from './selectors';
import type { BuyerDataSelectors } from '../types';

export const buyerData: BuyerDataSelectors = {
  values: [
    ...address.lines, // name, street(s), city, state, postcode, [country]
    '[data-test-id="shipping-section-phone"]', // the buyer's phone, as on the saved order pages
    '[data-test-id="shipping-section-contact-buyer-value"]', // "Contact Buyer: <name>"
    '[data-test-id*="buyer-name"]', // GUESS: any hook naming the buyer
    '.order-details-bordered-box-notes-feedback textarea', // the seller's own notes on the order
  ],
  consoleText: [],
};
