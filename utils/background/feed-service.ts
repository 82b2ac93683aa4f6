/**
 * The background's side of rules feeds: checks every subscription on a schedule (alarms)
 * and when an extension page asks ("update now"), one check per feed at a time, and writes
 * the outcome to the feed's record. The options page adds and removes subscriptions itself
 * (it holds the user gesture the host permission needs); a record removed while its check
 * was running stays removed.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { ShipLensDb } from '../db';
import { checkFeed, type FetchFn } from '../feeds/check-feed';
import type { FeedCheckSummary, Handler } from '../messaging';

export const FEED_ALARM = 'shiplens-feeds';
/** Team feeds change a few times a week at most; four checks a day is plenty. */
const PERIOD_MINUTES = 6 * 60;

export interface FeedServiceOptions {
  openDb?: () => ShipLensDb;
  fetchFn?: FetchFn;
  now?: () => Date;
  /** Where extension pages live (`browser.runtime.getURL('/')`). */
  extensionOrigin?: string;
}

export function createFeedService(options: FeedServiceOptions = {}) {
  const openDb = options.openDb ?? (() => new ShipLensDb());
  const fetchFn = options.fetchFn ?? ((url, init) => fetch(url, init));
  const now = options.now ?? (() => new Date());
  const extensionOrigin = options.extensionOrigin ?? browser.runtime.getURL('/');
  let queue: Promise<unknown> = Promise.resolve();
  let opened: ShipLensDb | null = null;

  async function checkNow(url?: string): Promise<FeedCheckSummary[]> {
    const db = (opened ??= openDb());
    const feeds =
      url === undefined
        ? await db.feeds.orderBy('addedAt').toArray()
        : await db.feeds.where('url').equals(url).toArray();
    const summaries: FeedCheckSummary[] = [];
    // checkFeed never rejects; a record that cannot be written is reported and skipped, so
    // every feed after it is still checked and marked.
    for (const feed of feeds) {
      const { outcome, record } = await checkFeed(feed, fetchFn, now());
      try {
        await db.transaction('rw', db.feeds, async () => {
          if (await db.feeds.get(record.url)) await db.feeds.put(record);
        });
        summaries.push({ url: record.url, outcome });
      } catch (error) {
        console.error(`ShipLens: the check of ${record.url} could not be saved`, error);
        summaries.push({ url: record.url, outcome: 'failed' });
      }
    }
    return summaries;
  }

  /** Checks run one after another, so an alarm and "update now" never race on one record. */
  function update(url?: string): Promise<FeedCheckSummary[]> {
    const run = queue.then(() => checkNow(url));
    queue = run.catch(() => undefined);
    return run;
  }

  function fromExtensionPage(sender: Runtime.MessageSender): boolean {
    // Content scripts send from the console's address; only our own pages may spend requests.
    return sender.url !== undefined && sender.url.startsWith(extensionOrigin);
  }

  async function schedule(): Promise<void> {
    if (!(await browser.alarms.get(FEED_ALARM))) {
      await browser.alarms.create(FEED_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: PERIOD_MINUTES,
      });
    }
  }

  const handlers: Partial<Handler> = {
    'update-feeds': async (request, sender) => {
      if (!fromExtensionPage(sender))
        throw new Error('update-feeds is only accepted from ShipLens pages');
      return update(request.url);
    },
  };

  return { update, schedule, handlers };
}
