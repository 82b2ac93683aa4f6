/**
 * Elements of the AliExpress seller portals whose whole text is buyer data (names, address
 * lines, phone, e-mail, the buyer's remark), for the scrubbed page capture
 * (`utils/capture/`). Labelled values ("Contact name:", "联系电话") are found by their labels
 * there; these are the values the markup names without a label. Sources as in selectors.ts.
 */
import { addressValue } from './selectors';
import type { BuyerDataSelectors } from '../types';

export const buyerData: BuyerDataSelectors = {
  values: [
    ...addressValue.css, // new detail: every address row's value (52255667242)
    '.address-desensitize .item > .content', // old detail: name, address, zip, phone (437404)
    '.dada-buyer-info .buyer-name', // old detail and list: the buyer's name link (437404)
    '[class*="orderInfo--buyerName"]', // new detail: the buyer block, as the saved page shows it (GUESS)
    '[class*="buyerInfo--inline"]', // new list: the buyer link of an order (52021828623)
    '[class*="commentText"]', // old detail: the buyer's remark to the seller (437404 `.dada-text-commentText`)
    '.tb-order-info .comment', // old list: the same remark per order (437404 `.comment`)
  ],
  consoleText: [],
};
