// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { consoles } from '../../../utils/consoles';
import { pageKindOf } from '../../../utils/consoles/page-kind';
import { fixtureTable } from '../fixture-table';
import { withoutHooks } from './strip-hooks';

/** An address on the same host whose path no console's URL table knows. */
function unknownPath(url: string): URL {
  const at = new URL(url);
  // eBay's content script only runs under /sh/, /mesh/ord/ and /ship/: stay under the same prefix.
  const prefix = /^\/(sh|mesh\/ord|ship)\//.exec(at.pathname)?.[0] ?? '/';
  return new URL(`${at.origin}${prefix}redesigned/view-2027?from=test`);
}

describe.each(consoles.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
  const fixtures = fixtureTable(id);
  it.each(fixtures.entries.map((entry) => [entry.file, entry] as const))(
    '%s: the same kind at its URL, at an unknown path and from content alone',
    (file, entry) => {
      const doc = fixtures.loadShared(file);
      const url = new URL(entry.url);
      expect(adapter.detectPage(unknownPath(entry.url))).toBeNull();
      expect(pageKindOf(adapter, doc, url)).toBe(entry.pageKind);
      expect(pageKindOf(adapter, doc, unknownPath(entry.url))).toBe(entry.pageKind);
      expect(adapter.detectPageFromContent(doc, url)).toBe(entry.pageKind);
    },
  );
});

/**
 * The one page whose kind needs its hooks: AliExpress' online-logistics order form has no
 * tracking input (the carrier issues the number), so only its solution cards tell it.
 */
const hooksOnly = new Set(['ship-form.create-ship-cn-zh.html']);

describe.each(consoles.map((adapter) => [adapter.id, adapter] as const))(
  '%s without its hooks',
  (id, adapter) => {
    const fixtures = fixtureTable(id);
    it.each(fixtures.entries.map((entry) => [entry.file, entry] as const))(
      '%s: the same kind from labels and structure alone',
      (file, entry) => {
        const kind = adapter.detectPageFromContent(
          withoutHooks(fixtures.load(file)),
          new URL(entry.url),
        );
        expect(kind).toBe(hooksOnly.has(file) ? null : entry.pageKind);
      },
    );
  },
);

describe('off the console hosts', () => {
  it('reads nothing from content on another host or over http', () => {
    for (const adapter of consoles) {
      const fixtures = fixtureTable(adapter.id);
      const entry =
        fixtures.entries.find((row) => row.pageKind === 'order-detail') ??
        fixtures.entries.find((row) => row.pageKind === 'ship-form');
      if (!entry) throw new Error(`${adapter.id} has no single-order fixture`);
      const doc = fixtures.loadShared(entry.file);
      expect(adapter.detectPageFromContent(doc, new URL('https://example.com/order'))).toBeNull();
      const plain = new URL(entry.url);
      plain.protocol = 'http:';
      expect(adapter.detectPageFromContent(doc, plain)).toBeNull();
    }
  });
});
