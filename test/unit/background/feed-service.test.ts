import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedService, FEED_ALARM } from '../../../utils/background/feed-service';
import { ShipLensDb, type FeedRecord } from '../../../utils/db';
import type { FetchFn } from '../../../utils/feeds/check-feed';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { teamPack } from '../layers/packs';

const extensionOrigin = 'chrome-extension://shiplens-test/';
const url = 'https://rules.example-team.com/pack.json';
const now = new Date('2026-12-05T08:00:00Z');
let db: ShipLensDb;

function subscription(feedUrl = url, addedAt = '2026-12-01T00:00:00.000Z'): FeedRecord {
  return {
    url: feedUrl,
    addedAt,
    etag: null,
    lastModified: null,
    lastChecked: null,
    lastGood: null,
    lastError: null,
  };
}

function service(fetchFn: FetchFn) {
  return createFeedService({ openDb: () => db, fetchFn, now: () => now, extensionOrigin });
}

const packResponse: FetchFn = async () =>
  new Response(JSON.stringify(teamPack()), { headers: { ETag: '"t1"' } });

beforeEach(() => {
  fakeBrowser.reset();
  db = new ShipLensDb(`feeds-${Math.random()}`);
});
afterEach(async () => db.delete());

describe('feed service', () => {
  it('checks every feed, oldest subscription first, and writes what it got', async () => {
    await db.feeds.bulkPut([
      subscription(),
      subscription('https://other.example/pack.json', '2026-12-02T00:00:00.000Z'),
    ]);
    const asked: string[] = [];
    const summaries = await service(async (requested, init) => {
      asked.push(requested);
      return packResponse(requested, init);
    }).update();
    expect(asked).toEqual([url, 'https://other.example/pack.json']);
    expect(summaries.map((summary) => summary.outcome)).toEqual(['updated', 'updated']);
    expect((await db.feeds.get(url))?.lastGood?.version).toBe('2026.12.01');
  });

  it('answers "update now" from extension pages only', async () => {
    await db.feeds.put(subscription());
    const { handlers } = service(packResponse);
    const handler = handlers['update-feeds'];
    if (!handler) throw new Error('no handler');
    const page: Runtime.MessageSender = { id: 'x', url: `${extensionOrigin}options.html` };
    const consoleTab: Runtime.MessageSender = {
      id: 'x',
      url: 'https://sellercentral.amazon.com/orders-v3',
    };
    await expect(handler({ type: 'update-feeds', url }, page)).resolves.toEqual([
      { url, outcome: 'updated' },
    ]);
    await expect(handler({ type: 'update-feeds' }, consoleTab)).rejects.toThrow(
      /only accepted from ShipLens pages/,
    );
  });

  it('does not bring back a feed removed while it was being checked', async () => {
    await db.feeds.put(subscription());
    const summaries = await service(async (requested, init) => {
      await db.feeds.delete(url);
      return packResponse(requested, init);
    }).update();
    expect(summaries).toEqual([{ url, outcome: 'updated' }]);
    expect(await db.feeds.count()).toBe(0);
  });

  it('runs one check at a time', async () => {
    await db.feeds.put(subscription());
    let running = 0;
    let most = 0;
    const feeds = service(async (requested, init) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return packResponse(requested, init);
    });
    await Promise.all([feeds.update(), feeds.update(url), feeds.update()]);
    expect(most).toBe(1);
  });

  it('checks and marks every feed when one among them throws or is hostile', async () => {
    const feeds = [
      subscription('https://a.example/pack.json', '2026-12-01T00:00:00.000Z'),
      subscription('https://broken.example/pack.json', '2026-12-02T00:00:00.000Z'),
      subscription('https://deep.example/pack.json', '2026-12-03T00:00:00.000Z'),
      subscription('https://b.example/pack.json', '2026-12-04T00:00:00.000Z'),
    ];
    await db.feeds.bulkPut(feeds);
    const deep = `${'{"not":'.repeat(5_000)}{"fact":"itemCount","op":"gt","value":1}${'}'.repeat(5_000)}`;
    const summaries = await service(async (requested, init) => {
      if (requested.startsWith('https://broken.')) {
        // A response that throws when the check reads it.
        const broken = new Response('{}');
        Object.defineProperty(broken, 'ok', {
          get() {
            throw new Error('unreadable response');
          },
        });
        return broken;
      }
      if (requested.startsWith('https://deep.')) {
        const pack = JSON.stringify({
          ...teamPack(),
          policies: [{ ...defaultPack.policies[0], condition: 'DEEP' }],
        });
        return new Response(pack.replace('"DEEP"', deep));
      }
      return packResponse(requested, init);
    }).update();
    expect(summaries.map((summary) => summary.outcome)).toEqual([
      'updated',
      'failed',
      'failed',
      'updated',
    ]);
    const stored = await db.feeds.orderBy('addedAt').toArray();
    expect(stored.map((feed) => feed.lastChecked)).toEqual(feeds.map(() => now.toISOString()));
    expect(stored[1]?.lastError?.message.en).toBe(
      'the feed could not be checked (unreadable response)',
    );
    expect(stored[2]?.lastError?.message.en).toMatch(
      /policies\[0\]\.condition: conditions may nest all\/any\/not at most 32 levels deep/,
    );
    expect(stored[3]?.lastGood?.version).toBe('2026.12.01');
  });

  it('schedules its alarm once', async () => {
    const feeds = service(packResponse);
    await feeds.schedule();
    await feeds.schedule();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => alarm.name)).toEqual([FEED_ALARM]);
    expect(alarms[0]?.periodInMinutes).toBe(360);
  });
});
