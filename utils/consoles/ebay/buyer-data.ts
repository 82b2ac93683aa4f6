/**
 * Elements of eBay Seller Hub whose text is buyer data, for the scrubbed page capture
 * (`utils/capture/`), and the text inside them that is the console's own (tooltips).
 * Sources as in selectors.ts.
 */
import { hiddenText, shipToLines } from './selectors';
import type { BuyerDataSelectors } from '../types';

export const buyerData: BuyerDataSelectors = {
  values: [
    ...shipToLines, // name | street | city, state zip | country
    'dl.phone dd', // the buyer's phone (saved page: `dl.phone.ship-itm`)
    'dd.buyer', // the buyer's name and user id (saved page)
    '.user-details', // list rows: buyer name, user id and postcode (saved list page)
  ],
  // "Copy name", "Copy country/region" tooltips and screen-reader text: the console's own.
  consoleText: hiddenText,
};
