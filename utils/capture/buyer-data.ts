/**
 * What the scrubber knows is buyer data on a console: the elements its markup names (each
 * console's `buyer-data.ts`, declared by its adapter), the console's own text inside them,
 * and the labels of buyer values in every language the consoles show.
 */
import type { BuyerDataSelectors, ConsoleAdapter } from '../consoles/types';

export interface BuyerDataRules extends BuyerDataSelectors {
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

/** The console's buyer fields (its adapter declares them) and the labels of every language. */
export function buyerDataRules(adapter: Pick<ConsoleAdapter, 'buyerData'>): BuyerDataRules {
  return { ...adapter.buyerData, labels: buyerLabels };
}
