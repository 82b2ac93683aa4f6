/**
 * Elements of eBay Seller Hub whose text is buyer data, for the scrubbed page capture
 * (`utils/capture/`), and the text inside them that is the console's own (tooltips).
 * Sources as in selectors.ts.
 */
import { hiddenText, shipToLines } from './selectors';

export const buyerDataSelectors = [
  ...shipToLines, // name | street | city, state zip | country
  'dl.phone dd', // the buyer's phone (saved page: `dl.phone.ship-itm`)
  'dd.buyer', // the buyer's name and user id (saved page)
  '.user-details', // list rows: buyer name, user id and postcode (saved list page)
] as const;

/** Console text inside those elements ("Copy name", screen-reader text): not buyer data. */
export const consoleTextSelectors = hiddenText;
