// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { handleCapturePage } from '../../../utils/capture/capture-page';
import { consoles } from '../../../utils/consoles';
import { readAllRows } from '../../../utils/consoles/list-rows';
import type { ConsoleAdapter } from '../../../utils/consoles/types';
import type { ExtractResult } from '../../../utils/order-facts';
import { fixtureTable } from '../fixture-table';
import { buyerStrings } from './buyer-strings';

const versions = { extension: '0.1.0', rulesPack: '2026.11.1' };

const pages = consoles.flatMap((adapter) => {
  const table = fixtureTable(adapter.id);
  return table.entries.map((entry) => ({
    adapter,
    table,
    entry,
    name: `${adapter.id}/${entry.file}`,
  }));
});

/** What the capture must keep readable: order id, destination, items, tracking numbers. */
function kept(result: ExtractResult | null) {
  if (!result) return null;
  if (!result.ok) return { ok: false };
  const { orderId, destinationCountry, items, trackingNumbers } = result.facts;
  return { orderId, destinationCountry, items, trackingNumbers };
}

function readAll(adapter: ConsoleAdapter, doc: Document, url: URL) {
  const kind = adapter.detectPage(url);
  if (kind === 'order-list')
    return readAllRows(adapter.listRows(doc, url)).map((row) => kept(row.facts));
  return kind ? kept(adapter.extractOrder(doc, url)) : null;
}

describe('every saved console page, scrubbed', () => {
  it('has its buyer data listed (a new fixture is added to buyer-strings.ts deliberately)', () => {
    expect(Object.keys(buyerStrings).sort()).toEqual(pages.map((page) => page.name).sort());
  });

  it.each(pages)(
    '$name: no buyer data left, the same order read',
    ({ adapter, table, entry, name }) => {
      const url = new URL(entry.url);
      const original = table.load(entry.file);
      const before = readAll(adapter, original, url);
      const { html } = handleCapturePage(adapter, original, url, versions);
      // The original page is left as it was.
      expect(readAll(adapter, original, url)).toEqual(before);
      const strings = buyerStrings[name] ?? [];
      for (const value of strings) {
        expect(table.read(entry.file), `${value} is in the fixture`).toContain(value);
        expect(html, `${value} is left in ${name}`).not.toContain(value);
      }
      const scrubbed = new DOMParser().parseFromString(html, 'text/html');
      expect(readAll(adapter, scrubbed, url)).toEqual(before);
    },
  );
});
