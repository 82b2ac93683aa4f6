// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The suites every console must pass, driven by the consoles registry: saved page in,
 * OrderFacts out; URL tables with cross-negatives and manifest coverage; exact selector
 * counts on every saved page; a ready landmark on every order page. Console-specific
 * behaviour (forms, mounts, changed pages) is tested in `<console>.test.ts`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { consoles } from '../../../utils/consoles';
import { queryAll, queryFirst } from '../../../utils/consoles/dom';
import type { PageUrlTable } from '../../../utils/consoles/types';
import type { ExtractResult } from '../../../utils/order-facts';
import { pageKinds } from '../../../utils/order-facts';
import { fixtureTable } from '../fixture-table';
import { pageKindOf } from '../../../utils/consoles/page-kind';
import { readSelectorCounts, selectorLists } from './selector-table';
import { readAllRows } from '../../../utils/consoles/list-rows';
import { shipmentOf } from '../../../utils/consoles/amazon/inbound';
import type { InboundPageRead } from '../../../utils/consoles/inbound';

/** An inbound page's texts parsed as the background parses them (compliance-service.ts). */
const inboundRead = (read: InboundPageRead | undefined) =>
  read?.ok ? shipmentOf(read.page) : read;

/** The extractor's result in the shape of the expected JSON beside each page. */
const asExpected = (result: ExtractResult) =>
  result.ok ? result.facts : { ok: false, reason: result.reason };

describe.each(consoles.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
  const fixtures = fixtureTable(id);
  const patterns = adapter.matches.map((pattern) => new MatchPattern(pattern));
  const covered = (url: string) => patterns.some((pattern) => pattern.includes(url));

  describe('saved pages: page in, OrderFacts out', () => {
    beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'] }));
    afterEach(() => void vi.useRealTimers());

    it.each(fixtures.entries.map((entry) => [entry.file, entry] as const))('%s', (_, entry) => {
      vi.setSystemTime(new Date(entry.now));
      const url = new URL(entry.url);
      const doc = fixtures.load(entry.file);
      expect(pageKindOf(adapter, doc, url)).toBe(entry.pageKind);
      expect(covered(entry.url), 'a manifest pattern covers the page').toBe(true);
      const actual =
        entry.pageKind === 'order-list'
          ? readAllRows(adapter.listRows(doc, url)).map((row) => asExpected(row.facts))
          : entry.pageKind === 'fba-inbound'
            ? inboundRead(adapter.readInboundPage?.(doc, url))
            : asExpected(adapter.extractOrder(doc, url));
      expect(actual).toEqual(JSON.parse(fixtures.read(entry.expected)));
    });

    // A page that reads is ready by one of its kind's landmarks (a page whose deferred
    // fragments are not placed yet is not, and does not read).
    const readable = fixtures.entries.filter(
      (entry) => entry.pageKind !== null && !('ok' in JSON.parse(fixtures.read(entry.expected))),
    );
    it.each(readable.map((entry) => [entry.file, entry.pageKind] as const))(
      '%s is ready by a landmark of its page kind',
      (file, kind) => {
        if (kind === null) throw new Error('filtered above');
        expect(queryFirst(fixtures.loadShared(file), adapter.ready[kind])).not.toBeNull();
      },
    );
  });

  describe('list sample (read at idle to compile the reading code, utils/runtime/warm-up.tsx)', () => {
    beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'] }));
    afterEach(() => void vi.useRealTimers());

    it('reads, order for order, as the saved list page at its address does', () => {
      const { url, html } = adapter.listSample;
      const compared = fixtures.entries
        .filter((entry) => entry.pageKind === 'order-list' && entry.url === url)
        .map((entry) => {
          vi.setSystemTime(new Date(entry.now));
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const read = readAllRows(adapter.listRows(doc, new URL(url))).map((row) =>
            asExpected(row.facts),
          );
          const ids = new Set(read.map((facts) => ('orderId' in facts ? facts.orderId : null)));
          const saved = (
            JSON.parse(fixtures.read(entry.expected)) as { orderId?: string }[]
          ).filter((facts) => ids.has(facts.orderId ?? null));
          return { read, saved };
        });
      const source = compared.find(({ saved }) => saved.length > 0);
      expect(source, 'a saved list page at the sample address showing its orders').toBeDefined();
      expect(source?.read.length).toBeGreaterThanOrEqual(2);
      expect(source?.read).toEqual(source?.saved);
    });
  });

  describe('URL table', async () => {
    const pages = (await import(`../../../utils/consoles/${id}/pages.ts`)) as Record<
      string,
      unknown
    > & { pageUrls: PageUrlTable };
    const { pageUrls } = pages;
    /** `isOrderDetail`, `isOrderList`, `isShipForm`: each kind's own detector, where it has one. */
    const detectors = pageKinds.flatMap((kind) => {
      const name = `is${kind.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
      const detector = pages[name];
      return typeof detector === 'function'
        ? [[kind, detector as (url: URL) => boolean] as const]
        : [];
    });
    const rows = [...pageKinds, 'fba-inbound' as const, 'none' as const].flatMap((kind) =>
      (pageUrls[kind] ?? []).map((url) => [kind, url] as const),
    );

    it('has example URLs for every page kind it has saved pages of, and for other pages', () => {
      const kinds = new Set(fixtures.entries.map((entry) => entry.pageKind ?? 'none'));
      for (const kind of kinds) expect(pageUrls[kind]?.length, kind).toBeGreaterThan(0);
    });

    // detectPage giving exactly `kind` is the cross-negative: no other kind claims the URL.
    it.each(rows)('%s: %s', (kind, url) => {
      expect(adapter.detectPage(new URL(url))).toBe(kind === 'none' ? null : kind);
    });

    it('has a detector for every page kind it has URLs of, each accepting only its own', () => {
      for (const kind of pageKinds) {
        if (pageUrls[kind].length === 0) continue;
        expect(
          detectors.map(([k]) => k),
          kind,
        ).toContain(kind);
      }
      for (const [kind, detector] of detectors)
        for (const [other, url] of rows)
          expect(detector(new URL(url)), `${kind} on ${url}`).toBe(other === kind);
    });

    it('every order-page URL of the table is covered by a manifest pattern', () => {
      for (const [kind, url] of rows) if (kind !== 'none') expect(covered(url), url).toBe(true);
    });
  });

  describe('selectors: exact counts on every saved page', async () => {
    const module = (await import(`../../../utils/consoles/${id}/selectors.ts`)) as Record<
      string,
      unknown
    >;
    const { texts, counts } = readSelectorCounts(id);
    const lists = selectorLists(module, texts);
    const files = fixtures.entries.map((entry) => entry.file);

    it('has a count for every selector list and every saved page, and none for anything else', () => {
      expect(Object.keys(counts).sort()).toEqual([...lists.keys()].sort());
      for (const [path, perFile] of Object.entries(counts))
        expect(Object.keys(perFile).sort(), path).toEqual([...files].sort());
    });

    it.each([...lists].map(([path, css]) => [path, css] as const))('%s', (path, css) => {
      const actual = Object.fromEntries(
        files.map((file) => [file, queryAll(fixtures.loadShared(file), css).length]),
      );
      expect(actual).toEqual(counts[path]);
    });
  });
});
