import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../../../utils/db';
import { checkFeed, FEED_MAX_BYTES, type FetchFn } from '../../../utils/feeds/check-feed';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { teamPack } from '../layers/packs';

const url = 'https://rules.example-team.com/pack.json';
const now = new Date('2026-12-05T08:00:00Z');
const at = now.toISOString();

const lastGood: NonNullable<FeedRecord['lastGood']> = {
  pack: defaultPack,
  version: defaultPack.version,
  published: defaultPack.published,
  fetchedAt: '2026-12-01T00:00:00.000Z',
};

function subscription(overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    url,
    addedAt: '2026-12-01T00:00:00.000Z',
    etag: '"v1"',
    lastModified: 'Mon, 01 Dec 2026 00:00:00 GMT',
    lastChecked: '2026-12-01T00:00:00.000Z',
    lastGood,
    lastError: null,
    ...overrides,
  };
}

/** A fetch that answers `response` and remembers what it was asked. */
function serve(response: Response | Error) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetchFn: FetchFn = async (requested, init) => {
    calls.push({ url: requested, headers: init.headers as Record<string, string> });
    if (response instanceof Error) throw response;
    return response;
  };
  return { fetchFn, calls };
}

function json(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers });
}

/** A failed check: the last good pack and validators kept, the error recorded with its time. */
function expectKept(record: FeedRecord, before: FeedRecord, message: RegExp) {
  expect(record.lastGood).toBe(before.lastGood);
  expect(record.etag).toBe(before.etag);
  expect(record.lastModified).toBe(before.lastModified);
  expect(record.lastChecked).toBe(at);
  expect(record.lastError?.at).toBe(at);
  expect(record.lastError?.message.en).toMatch(message);
  expect(record.lastError?.message['zh-CN']).not.toBe('');
}

describe('checkFeed', () => {
  it('takes a fresh pack and its validators, asking for the whole feed the first time', async () => {
    const before = subscription({
      lastGood: null,
      etag: null,
      lastModified: null,
      lastChecked: null,
    });
    const { fetchFn, calls } = serve(
      json(teamPack(), { ETag: '"v2"', 'Last-Modified': 'Fri, 05 Dec 2026 07:00:00 GMT' }),
    );
    const { outcome, record } = await checkFeed(before, fetchFn, now);
    expect(outcome).toBe('updated');
    expect(calls).toEqual([{ url, headers: { Accept: 'application/json' } }]);
    expect(record).toMatchObject({
      etag: '"v2"',
      lastModified: 'Fri, 05 Dec 2026 07:00:00 GMT',
      lastChecked: at,
      lastError: null,
      lastGood: { version: '2026.12.01', published: '2026-12-01', fetchedAt: at },
    });
    expect(record.lastGood?.pack).toEqual(JSON.parse(JSON.stringify(teamPack())));
  });

  it('sends If-None-Match and If-Modified-Since and keeps the pack on 304 Not Modified', async () => {
    const before = subscription({
      lastError: { message: { en: 'old', 'zh-CN': '旧' }, at: 'then' },
    });
    const { fetchFn, calls } = serve(new Response(null, { status: 304 }));
    const { outcome, record } = await checkFeed(before, fetchFn, now);
    expect(outcome).toBe('not-modified');
    expect(calls[0]?.headers).toEqual({
      Accept: 'application/json',
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Mon, 01 Dec 2026 00:00:00 GMT',
    });
    expect(record).toEqual({ ...before, lastChecked: at, lastError: null });
  });

  it('keeps the last good pack when the feed is not JSON', async () => {
    const before = subscription();
    const { record, outcome } = await checkFeed(
      before,
      serve(new Response('{"schemaVersion": 1,')).fetchFn,
      now,
    );
    expect(outcome).toBe('failed');
    expectKept(record, before, /^the feed is not valid JSON \(/);
  });

  it('keeps the last good pack when the feed fails the pack schema, naming where', async () => {
    const before = subscription();
    const broken = {
      ...teamPack(),
      channels: [{ ...teamPack().channels[0], rates: { US: { minDays: 1 } } }],
    };
    const { record } = await checkFeed(before, serve(json(broken, { ETag: '"bad"' })).fetchFn, now);
    expectKept(record, before, /^the feed is not a valid rules pack \(channels\[0\]\.rates\.US/);
  });

  it('keeps the last good pack when Content-Length is over the cap, without reading the body', async () => {
    const before = subscription();
    let pulled = false;
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled = true;
          controller.close();
        },
      },
      // Pull only when read (the default pulls one chunk ahead).
      { highWaterMark: 0 },
    );
    const response = new Response(body, {
      headers: { 'Content-Length': String(FEED_MAX_BYTES + 1) },
    });
    const { record } = await checkFeed(before, serve(response).fetchFn, now);
    expectKept(record, before, /^the feed is too large \(1048577 bytes > 1048576\)$/);
    expect(pulled).toBe(false);
  });

  it('keeps the last good pack when the bytes read pass the cap, whatever the headers said', async () => {
    const before = subscription();
    const chunk = new Uint8Array(400).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const { record } = await checkFeed(before, serve(new Response(body)).fetchFn, now, 1000);
    expectKept(record, before, /^the feed is too large \(1200 bytes > 1000\)$/);
    // Reading stopped at the cap instead of draining an endless body.
    expect(sent).toBeLessThan(5);
  });

  it('keeps the last good pack when the network fails', async () => {
    const before = subscription();
    const { record } = await checkFeed(
      before,
      serve(new TypeError('Failed to fetch')).fetchFn,
      now,
    );
    expectKept(record, before, /^the feed could not be reached \(Failed to fetch\)$/);
  });

  it('keeps the last good pack on an HTTP error', async () => {
    const before = subscription();
    const { record } = await checkFeed(
      before,
      serve(new Response('oops', { status: 503 })).fetchFn,
      now,
    );
    expectKept(record, before, /^the server answered HTTP 503$/);
  });

  it('keeps the last good pack when the body is not UTF-8', async () => {
    const before = subscription();
    const response = new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    const { record } = await checkFeed(before, serve(response).fetchFn, now);
    expectKept(record, before, /^the feed is not valid JSON/);
  });

  it('refuses an address that is not https, and a redirect away from https, without fetching', async () => {
    const plain = subscription({ url: 'http://rules.example-team.com/pack.json' });
    const { fetchFn, calls } = serve(json(teamPack()));
    expectKept((await checkFeed(plain, fetchFn, now)).record, plain, /^the address is not https$/);
    expect(calls).toEqual([]);

    const redirected = json(teamPack());
    Object.defineProperty(redirected, 'url', { value: 'http://mirror.example/pack.json' });
    const before = subscription();
    const { record } = await checkFeed(before, serve(redirected).fetchFn, now);
    expectKept(
      record,
      before,
      /redirected to http:\/\/mirror\.example\/pack\.json, which is not https/,
    );
  });

  /** A server that redirects as given, by address; what was asked, in order. */
  function redirecting(hops: Record<string, Response>) {
    const asked: Array<{ url: string; redirect: RequestRedirect | undefined }> = [];
    const fetchFn: FetchFn = async (requested, init) => {
      asked.push({ url: requested, redirect: init.redirect });
      return hops[requested] ?? json(teamPack());
    };
    return { fetchFn, asked };
  }

  it('refuses a redirect to http before sending anything to it', async () => {
    const before = subscription();
    const { fetchFn, asked } = redirecting({
      [url]: Response.redirect('http://mirror.example/pack.json', 302),
    });
    const { record } = await checkFeed(before, fetchFn, now);
    expectKept(
      record,
      before,
      /redirected to http:\/\/mirror\.example\/pack\.json, which is not https/,
    );
    expect(asked).toEqual([{ url, redirect: 'manual' }]);
  });

  it('follows https redirects hop by hop, and refuses an http hop further along', async () => {
    const moved = 'https://cdn.example-team.com/pack.json';
    const followed = redirecting({ [url]: Response.redirect(moved, 301) });
    const result = await checkFeed(subscription({ lastGood: null }), followed.fetchFn, now);
    expect(result.outcome).toBe('updated');
    expect(followed.asked.map((hop) => hop.url)).toEqual([url, moved]);

    const before = subscription();
    const downgraded = redirecting({
      [url]: Response.redirect(moved, 301),
      [moved]: Response.redirect('http://cdn.example-team.com/pack.json', 307),
    });
    expectKept(
      (await checkFeed(before, downgraded.fetchFn, now)).record,
      before,
      /which is not https/,
    );
    expect(downgraded.asked.map((hop) => hop.url)).toEqual([url, moved]);
  });

  it('refuses a redirect the browser hides, and an endless one', async () => {
    const before = subscription();
    const opaque = new Response(null);
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    expectKept(
      (await checkFeed(before, serve(opaque).fetchFn, now)).record,
      before,
      /subscribe to the final https address/,
    );
    const loop = redirecting({ [url]: Response.redirect(url, 302) });
    expectKept((await checkFeed(before, loop.fetchFn, now)).record, before, /more than 5 times/);
    expect(loop.asked).toHaveLength(6);
  });
});
