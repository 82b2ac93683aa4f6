import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { help, runCli } from '../../../scripts/fixture-cli';
import { readReportComment } from '../../../utils/capture/report';
import { buyerStrings } from './buyer-strings';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const page = 'test/fixtures/ebay/order-detail.unshipped.html';
const url = 'https://www.ebay.com/mesh/ord/details?orderid=12-13579-24680&mode=SH';
const expected = JSON.parse(
  readFileSync(join(root, 'test/fixtures/ebay/order-detail.unshipped.json'), 'utf8'),
) as { orderId: string };
const fixturesDir = '/fixtures';

/** Run the command line in this process: files in `files` first, else from the repository. */
async function cli(argv: string[], files: Map<string, string> = new Map()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (line) => err.push(line),
    readText: (file) => files.get(file) ?? readFileSync(resolve(root, file), 'utf8'),
    writeText: (file, text) => files.set(file, text),
    exists: (file) => files.has(file),
    fixturesDir,
    now: () => new Date(),
    versions: { extension: '0.1.0', rulesPack: '2026.11.1' },
  });
  return { code, out: out.join('\n'), err: err.join('\n'), files };
}

// The fixture's dates ("Ship by Nov 27") are read with the clock it was saved at.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('fixture scrub', () => {
  it('prints the page without its buyer data, with the order and the report at its top', async () => {
    const { code, out, err } = await cli(['scrub', page, '--url', url]);
    expect(err).toBe('');
    expect(code).toBe(0);
    for (const value of buyerStrings['ebay/order-detail.unshipped.html'] ?? []) {
      expect(out).not.toContain(value);
    }
    expect(out).toContain(expected.orderId);
    const report = readReportComment(out);
    expect(report).toMatchObject({
      console: 'ebay',
      pageKind: 'order-detail',
      url,
      versions: { extension: '0.1.0', rulesPack: '2026.11.1' },
      order: { ok: true, facts: expected },
    });
    expect(report?.scrubbed.buyerValues).toBeGreaterThan(0);
  });

  it('writes to --out, and takes the address from a page "Report this page" saved', async () => {
    const first = await cli(['scrub', page, '--url', url, '--out', 'saved.html']);
    expect(first.code).toBe(0);
    expect(first.out).toBe('');
    expect(first.err).toBe('saved.html: scrubbed eBay Seller Hub order-detail');
    const again = await cli(['scrub', 'saved.html'], first.files);
    expect(again.code).toBe(0);
    expect(readReportComment(again.out)?.url).toBe(url);
  });

  it('says what is wrong with the input, with exit 1', async () => {
    expect(await cli(['scrub', 'missing.html', '--url', url])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^missing\.html: cannot read: /),
    });
    expect(await cli(['scrub', page, '--url', 'https://www.example.com/orders'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^https:\/\/www\.example\.com\/orders is not a page of a console/),
    });
  });

  it('says how to use it, with exit 2', async () => {
    const noUrl = await cli(['scrub', page]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.err.split('\n')[0]).toBe(`${page}: give the page's address with --url`);
    expect((await cli(['frob', page])).code).toBe(2);
    expect((await cli(['scrub', page, '--url', 'not a url'])).err).toMatch(
      /^--url: "not a url" is not an address/,
    );
    expect((await cli(['scrub', page, '--bogus'])).code).toBe(2);
    expect(await cli(['--help'])).toMatchObject({ code: 0, out: help });
  });
});

describe('fixture add', () => {
  const table = join(fixturesDir, 'ebay/fixtures.json');
  const withTable = () => new Map([[table, '[{"file":"old.html"}]']]);

  it('files the scrubbed page as <page>.<state>.html with its draft expected JSON and a row', async () => {
    const { code, out, files } = await cli(['add', page, '--url', url], withTable());
    expect(code).toBe(0);
    const html = files.get(join(fixturesDir, 'ebay/order-detail.unshipped-us.html')) ?? '';
    expect(html).toContain(expected.orderId);
    expect(html).not.toContain('Dana Whitfield');
    const draft = files.get(join(fixturesDir, 'ebay/order-detail.unshipped-us.json')) ?? '';
    expect(JSON.parse(draft)).toEqual(expected);
    const rows = JSON.parse(files.get(table) ?? '[]') as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      file: 'order-detail.unshipped-us.html',
      url,
      pageKind: 'order-detail',
      expected: 'order-detail.unshipped-us.json',
      now: '2026-11-25T08:00:00Z',
    });
    expect(out).toContain('DRAFT');
  });

  it('takes --state for the name, and never overwrites a fixture', async () => {
    const named = await cli(['add', page, '--url', url, '--state', 'awaiting-us'], withTable());
    expect(named.files.has(join(fixturesDir, 'ebay/order-detail.awaiting-us.html'))).toBe(true);
    const before = new Map(named.files);
    const again = await cli(['add', page, '--url', url, '--state', 'awaiting-us'], named.files);
    expect(again.code).toBe(1);
    expect(again.err).toBe(
      `${join(fixturesDir, 'ebay/order-detail.awaiting-us.html')} exists already: choose another --state`,
    );
    expect(again.files).toEqual(before);
    expect((await cli(['add', page, '--url', url, '--state', 'Bad Name'], withTable())).code).toBe(
      2,
    );
  });

  it('names a list page by its order count and a page of no order kind as not-order', async () => {
    const add = (file: string, address: string) =>
      cli(['add', `test/fixtures/ebay/${file}`, '--url', address], withTable());
    const list = await add(
      'order-list.all-orders.html',
      'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
    );
    expect(list.code).toBe(0);
    const listJson = list.files.get(join(fixturesDir, 'ebay/order-list.5-orders.json'));
    expect(JSON.parse(listJson ?? 'null')).toHaveLength(5);
    const home = await add('not-order.seller-hub-overview.html', 'https://www.ebay.com/sh/ovw');
    expect(home.code).toBe(0);
    const homeJson = home.files.get(join(fixturesDir, 'ebay/not-order.ovw.json'));
    const saved = readFileSync(
      join(root, 'test/fixtures/ebay/not-order.seller-hub-overview.json'),
      'utf8',
    );
    expect(JSON.parse(homeJson ?? 'null')).toEqual(JSON.parse(saved));
  });
});
