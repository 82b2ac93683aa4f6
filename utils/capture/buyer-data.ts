/**
 * What the scrubber knows is buyer data on each console: the elements its markup names
 * (each console's `buyer-data.ts`), the console's own text inside them, and the labels of
 * buyer values in every language the consoles show.
 */
import * as aliexpress from '../consoles/aliexpress/buyer-data';
import * as amazon from '../consoles/amazon/buyer-data';
import * as ebay from '../consoles/ebay/buyer-data';
import * as wish from '../consoles/wish/buyer-data';
import type { ConsoleId } from '../order-facts';

export interface BuyerDataRules {
  /** Elements whose text is buyer data. */
  readonly values: readonly string[];
  /** Console text inside those (tooltips, screen-reader text) that stays. */
  readonly consoleText: readonly string[];
  /** Labels whose value (the text after the label, or the next element) is buyer data. */
  readonly labels: readonly string[];
}

/**
 * Labels of buyer values, matched as a whole (a trailing colon ignored, case-insensitive).
 * English, German, French, Italian, Spanish, Japanese and Chinese, as the consoles' order
 * pages and ship forms word them; "Ship to" and the address labels carry the country, which
 * the masking keeps.
 */
export const buyerLabels = [
  // English (all four consoles)
  'Buyer', 'Buyer name', 'Contact Buyer', 'Contact name', 'Recipient', 'Recipient name',
  'Customer', 'Customer name', 'Ship to', 'Deliver to', 'Shipping address', 'Address',
  'Detailed address', 'Street', 'Phone', 'Phone number', 'Mobile', 'Telephone', 'Tel', 'Email',
  'E-mail', 'Buyer note', 'Note from buyer', 'Message from buyer', 'Buyer message', 'Remark',
  // German, French, Italian, Spanish (Amazon's and eBay's European sites)
  'Käufer', 'Käufer kontaktieren', 'Lieferadresse', 'Versandadresse', 'Telefon', 'Empfänger',
  'Acheteur', 'Contacter l’acheteur', 'Adresse de livraison', 'Téléphone', 'Destinataire',
  'Acquirente', 'Contatta l’acquirente', 'Indirizzo di spedizione', 'Telefono', 'Destinatario',
  'Comprador', 'Contactar con el comprador', 'Dirección de envío', 'Teléfono',
  // Japanese (Amazon.co.jp)
  '購入者', '購入者に連絡', 'お届け先', '配送先', '電話番号', '氏名',
  // Chinese (AliExpress, Wish china-merchant)
  '买家', '买家信息', '收件人', '收件人名称', '收件人姓名', '收货人', '联系人', '收货地址', '详细地址',
  '地址', '电话', '联系电话', '手机', '手机号', '邮箱', '联系邮件', '电子邮件', '买家留言', '留言', '备注',
] as const; // prettier-ignore

const byConsole: Record<ConsoleId, Pick<BuyerDataRules, 'values' | 'consoleText'>> = {
  aliexpress: { values: aliexpress.buyerDataSelectors, consoleText: [] },
  amazon: { values: amazon.buyerDataSelectors, consoleText: [] },
  ebay: { values: ebay.buyerDataSelectors, consoleText: ebay.consoleTextSelectors },
  wish: { values: wish.buyerDataSelectors, consoleText: [] },
};

export function buyerDataRules(console: ConsoleId): BuyerDataRules {
  return { ...byConsole[console], labels: buyerLabels };
}
