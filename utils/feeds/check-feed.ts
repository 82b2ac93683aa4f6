/**
 * One check of a rules feed: a conditional GET (If-None-Match / If-Modified-Since from the
 * last good response), size-capped, decoded, parsed and validated with the pack schema.
 * Whatever goes wrong, the last good pack stays and the error is recorded with its time
 * (docs/decisions.md#feeds). Pure apart from `fetchFn`, which tests replace.
 */
import type { FeedRecord } from '../db';
import { parsePack } from '../rules/pack/parse';
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { parseFeedUrl } from './feed-url';
import { fetchHttpsOnly, type FetchFn } from './fetch-https-only';

export type { FetchFn } from './fetch-https-only';
import { readCapped } from './read-capped';

/** A pack is about 200 KB; five times that is room to grow, not a download to allow. */
export const FEED_MAX_BYTES = 1024 * 1024;
const TIMEOUT_MS = 30_000;

export type FeedOutcome = 'updated' | 'not-modified' | 'failed';

export interface FeedCheck {
  outcome: FeedOutcome;
  record: FeedRecord;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function validators(subscription: FeedRecord): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Without a pack to keep, a 304 would leave nothing to use: ask for the whole feed.
  if (!subscription.lastGood) return headers;
  if (subscription.etag) headers['If-None-Match'] = subscription.etag;
  if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;
  return headers;
}

function failure(subscription: FeedRecord, at: string, message: LocalizedText): FeedCheck {
  return {
    outcome: 'failed',
    record: { ...subscription, lastChecked: at, lastError: { message, at } },
  };
}

/**
 * Never rejects: whatever the feed holds, the check ends with a record marked checked, so one
 * hostile feed cannot stop the feeds after it from being checked.
 */
export async function checkFeed(
  subscription: FeedRecord,
  fetchFn: FetchFn,
  now: Date,
  maxBytes: number = FEED_MAX_BYTES,
): Promise<FeedCheck> {
  const at = now.toISOString();
  try {
    return await attemptCheck(subscription, fetchFn, at, maxBytes);
  } catch (error) {
    const why = describeError(error);
    return failure(
      subscription,
      at,
      localized(`the feed could not be checked (${why})`, `无法检查订阅源（${why}）`),
    );
  }
}

async function attemptCheck(
  subscription: FeedRecord,
  fetchFn: FetchFn,
  at: string,
  maxBytes: number,
): Promise<FeedCheck> {
  const fail = (message: LocalizedText): FeedCheck => failure(subscription, at, message);

  const url = parseFeedUrl(subscription.url);
  if (!url) return fail(localized('the address is not https', '地址不是 https'));

  let fetched;
  try {
    fetched = await fetchHttpsOnly(
      url,
      {
        headers: validators(subscription),
        // We send our own validators; the HTTP cache must not answer for the server.
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      fetchFn,
    );
  } catch (error) {
    const why = describeError(error);
    return fail(localized(`the feed could not be reached (${why})`, `无法连接订阅源（${why}）`));
  }
  if (!fetched.ok) return fail(fetched.message);
  const response = fetched.response;
  if (response.status === 304 && subscription.lastGood) {
    return {
      outcome: 'not-modified',
      record: { ...subscription, lastChecked: at, lastError: null },
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return fail(
      localized(
        `the server answered HTTP ${response.status}`,
        `服务器返回 HTTP ${response.status}`,
      ),
    );
  }

  let body;
  try {
    body = await readCapped(response, maxBytes);
  } catch (error) {
    const why = describeError(error);
    return fail(localized(`the download broke off (${why})`, `下载中断（${why}）`));
  }
  if (!body.ok) {
    const size = `${body.size} bytes > ${maxBytes}`;
    return fail(localized(`the feed is too large (${size})`, `订阅源文件过大（${size} 字节）`));
  }

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
  } catch (error) {
    const why = describeError(error);
    return fail(
      localized(`the feed is not valid JSON (${why})`, `订阅源不是有效的 JSON（${why}）`),
    );
  }
  const parsed = parsePack(json);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const why = `${first ? `${first.path || '(pack)'}: ${first.message}` : 'unknown'}${parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1})` : ''}`;
    return fail(
      localized(`the feed is not a valid rules pack (${why})`, `订阅源不是有效的规则包（${why}）`),
    );
  }
  return {
    outcome: 'updated',
    record: {
      ...subscription,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      lastChecked: at,
      lastGood: {
        pack: json,
        version: parsed.pack.version,
        published: parsed.pack.published,
        fetchedAt: at,
      },
      lastError: null,
    },
  };
}
