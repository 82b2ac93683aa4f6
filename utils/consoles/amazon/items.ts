/**
 * The items of an Amazon order — the detail page's "Order contents" table or a list row's
 * product cell — and the order value: the sum of the items' "Item subtotal" (unit price ×
 * quantity, before shipping and tax), in the order's currency.
 */
import type { Money, OrderItem } from '../../order-facts';
import { parseMoney } from '../../parse/money';
import { queryAll, queryFirst, elementText, textOf, valuesAfterLabels } from '../dom';
import { queryRow } from '../cells';
import * as sel from './selectors';

export interface ItemsRead {
  items: OrderItem[];
  orderValue: Money | null;
}

interface ReadItem {
  item: OrderItem;
  /** The item's "Item subtotal" (unit price × quantity before shipping and tax). */
  subtotal: Money | null;
}

interface ItemTexts extends ItemLines {
  title: string | null;
  quantity: string | null;
  unitPrice: string | null;
}

/** The item's label lines ("SKU: …", "ASIN: …", "Item subtotal: …"), read in one walk. */
type ItemLines = Record<'sku' | 'asin' | 'subtotal', string | null>;

const itemLabels = {
  sku: sel.labels.sku,
  asin: sel.labels.asin,
  subtotal: sel.labels.itemSubtotal,
};

/** A list row's product block also prints its quantity as a label line. */
const listItemLabels = { ...itemLabels, quantity: sel.labels.quantity };

/**
 * The "Order contents" table. Quantity and price cells are found through their column
 * headers (the JP and EU tables have an extra tax-exclusive price column, 26998474831), else
 * by the position the US parsers use.
 */
export function detailItems(doc: Document, currency: string | undefined): ItemsRead {
  const table = queryFirst(doc, sel.items.table);
  if (!table) return summarise([]);
  const quantityColumn = columnOf(table, sel.items.quantityHeading);
  const priceColumn = columnOf(table, sel.items.unitPriceHeading);
  return summarise(
    queryAll(table, sel.items.rows).map((row) =>
      readItem(currency, {
        ...valuesAfterLabels(row, itemLabels),
        title: textOf(row, sel.items.title),
        quantity: elementText(
          cellAt(row, quantityColumn) ?? queryFirst(row, sel.items.quantityCell),
        ),
        unitPrice: elementText(
          cellAt(row, priceColumn) ?? queryFirst(row, sel.items.unitPriceCell),
        ),
      }),
    ),
  );
}

/** The products of a list row: one block per product name cell, with its label lines. */
export function listItems(row: Element, currency: string | undefined): ItemsRead {
  const cell = queryRow(row, sel.list.productCell) ?? row;
  const nameCells = queryAll(cell, sel.list.productBlock);
  return summarise(
    nameCells.map((nameCell) => {
      // One product, as in most orders: the whole cell is its block, no search per ancestor.
      const block = nameCells.length === 1 ? cell : productBlock(nameCell, cell);
      return readItem(currency, {
        ...valuesAfterLabels(block, listItemLabels),
        title: textOf(block, sel.list.productName),
        unitPrice: null,
      });
    }),
  );
}

/**
 * The largest ancestor of a product's name cell (up to the product cell) holding no other
 * product: its "ASIN:", "SKU:", "Quantity:" lines sit inside the name cell or beside it.
 */
function productBlock(nameCell: Element, cell: Element): Element {
  let block = nameCell;
  for (let up = block.parentElement; block !== cell && up; up = up.parentElement) {
    if (queryAll(up, sel.list.productBlock).length > 1) break;
    block = up;
  }
  return block;
}

function readItem(currency: string | undefined, texts: ItemTexts): ReadItem | null {
  const quantity = /^\d+$/.test(texts.quantity ?? '') ? Number(texts.quantity) : 0;
  if (!texts.title || quantity < 1) return null;
  const unitPrice = texts.unitPrice ? parseMoney(texts.unitPrice, currency) : null;
  const subtotalText = texts.subtotal;
  return {
    item: {
      title: texts.title,
      sku: texts.sku,
      listingId: texts.asin,
      quantity,
      unitPrice,
      unitWeightGrams: null,
    },
    subtotal:
      (subtotalText ? parseMoney(subtotalText, currency) : null) ??
      (unitPrice
        ? { amount: round(unitPrice.amount * quantity), currency: unitPrice.currency }
        : null),
  };
}

/** All items or none: an order read in part would understate its value and weight. */
function summarise(items: readonly (ReadItem | null)[]): ItemsRead {
  const read = items.filter((item) => item !== null);
  if (read.length === 0 || read.length !== items.length) return { items: [], orderValue: null };
  return { items: read.map((r) => r.item), orderValue: total(read) };
}

/** Sum of the item subtotals, when every one is known and in one currency. */
function total(items: readonly ReadItem[]): Money | null {
  const currency = items[0]?.subtotal?.currency;
  let amount = 0;
  for (const { subtotal } of items) {
    if (!subtotal || subtotal.currency !== currency) return null;
    amount += subtotal.amount;
  }
  return currency ? { amount: round(amount), currency } : null;
}

const round = (amount: number): number => Math.round(amount * 100) / 100;

function columnOf(table: Element, headings: readonly string[]): number | null {
  const heading = queryFirst(table, headings)?.closest('th, td');
  const index = heading?.parentElement ? shownCells(heading.parentElement).indexOf(heading) : -1;
  return index === -1 ? null : index;
}

function cellAt(row: Element, column: number | null): Element | null {
  return column === null ? null : (shownCells(row)[column] ?? null);
}

function shownCells(row: Element): Element[] {
  return [...row.children].filter((cell) => !sel.items.hiddenCell.some((s) => cell.matches(s)));
}
