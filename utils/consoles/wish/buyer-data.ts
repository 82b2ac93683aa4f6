/**
 * Elements of the Wish merchant dashboard whose text is buyer data, for the scrubbed page
 * capture (`utils/capture/`). The "Ship to" column shows a country and a popup of name,
 * address and phone (merchantfaq 204530038); the country stays in the capture.
 */
import { columnHooks } from './selectors';
import type { BuyerDataSelectors } from '../types';

export const buyerData: BuyerDataSelectors = {
  values: [
    columnHooks.shipTo, // the list's "Ship to" cell (GUESS, as columnHooks)
    '[class*="addressLine"]', // the fulfil page's address lines (GUESS, as the saved pages)
  ],
  consoleText: [],
};
