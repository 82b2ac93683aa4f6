// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ListRowSource } from '../../../utils/consoles/types';
import { unreadOrder } from '../../../utils/order-facts';
import { RowReader } from '../../../utils/runtime/row-reader';
import { orderListSource } from '../../../utils/consoles/list-rows';

function list(count: number) {
  document.body.innerHTML = `<table><tbody>${Array.from(
    { length: count },
    (_, i) => `<tr><td><a>order ${i}</a></td><td><span>note</span></td></tr>`,
  ).join('')}</tbody></table>`;
  const rows = [...document.querySelectorAll('tr')];
  const read: Element[] = [];
  const source: ListRowSource = {
    rows,
    read(row) {
      read.push(row);
      const anchor = row.querySelector('a') as Element;
      return {
        row,
        mount: { anchor, position: 'after' },
        facts: { ok: true, facts: unreadOrder('amazon', 'order-list', anchor.textContent ?? '') },
      };
    },
  };
  return { rows, read, source };
}

const touched = (...targets: Node[]) => targets.map((target) => ({ target }) as MutationRecord);
const NOW = Date.UTC(2026, 11, 3, 12, 0, 10);

describe('RowReader', () => {
  it('reads a row once, and again only when the page changed something inside it', () => {
    const { rows, read, source } = list(1000);
    const reader = new RowReader();
    for (const row of rows) reader.read(source, row, NOW);
    expect(read).toHaveLength(1000);
    const changed = rows[417] as Element;
    const text = changed.querySelector('span')?.firstChild as Text;
    text.data = 'changed';
    reader.touch(touched(text));
    for (const row of rows) reader.read(source, row, NOW + 1000);
    expect(read).toHaveLength(1001);
    expect(read.at(-1)).toBe(changed);
  });

  it('reads a row again in a new minute, and a row the console replaced', () => {
    const { rows, read, source } = list(3);
    const reader = new RowReader();
    const first = reader.read(source, rows[0] as Element, NOW);
    expect(reader.read(source, rows[0] as Element, NOW + 20_000)).toBe(first);
    expect(reader.read(source, rows[0] as Element, NOW + 60_000)).not.toBe(first);
    const replacement = (rows[1] as Element).cloneNode(true) as Element;
    (rows[1] as Element).replaceWith(replacement);
    reader.touch(touched(document.querySelector('tbody') as Element));
    reader.read(source, replacement, NOW + 60_000);
    expect(read).toEqual([rows[0], rows[0], replacement]);
  });

  it('forgets every row when the console re-rendered wholesale', () => {
    const { rows, read, source } = list(5);
    const reader = new RowReader();
    for (const row of rows) reader.read(source, row, NOW);
    reader.touch(touched(...Array.from({ length: 10_001 }, () => document.body)));
    for (const row of rows) reader.read(source, row, NOW);
    expect(read).toHaveLength(10);
  });

  it("reads an order again when one of its item rows changed (eBay's multi-item orders)", () => {
    document.body.innerHTML = `<table><tbody>
      <tr class="order"><td>order A</td></tr><tr><td>item A1</td></tr><tr><td>item A2</td></tr>
      <tr class="order"><td>order B</td></tr><tr><td>item B1</td></tr>
    </tbody></table>`;
    const read: Element[] = [];
    const source = orderListSource({
      rows: [...document.querySelectorAll('tr.order')],
      continued: true,
      read(order) {
        read.push(order.row);
        const text = order.parts.map((part) => part.textContent).join(' ');
        return { ok: true, facts: unreadOrder('ebay', 'order-list', text) };
      },
      mount: ({ row }) => ({ anchor: row, position: 'append' }),
    });
    const [a, b] = source.rows as Element[];
    const reader = new RowReader();
    expect(reader.read(source, a as Element, NOW).parts).toHaveLength(3);
    expect(reader.read(source, b as Element, NOW).parts).toHaveLength(2);
    const itemA2 = document.querySelectorAll('tr')[2]?.firstElementChild?.firstChild as Text;
    itemA2.data = 'item A2, changed';
    reader.touch(touched(itemA2));
    reader.read(source, a as Element, NOW);
    reader.read(source, b as Element, NOW);
    expect(read).toEqual([a, b, a]);
  });
});
