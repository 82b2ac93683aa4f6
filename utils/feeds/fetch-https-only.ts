/**
 * A feed request that follows redirects itself (`redirect: 'manual'`), so each hop's address
 * is checked before anything is sent to it: a redirect to plain http is refused without
 * the plain request ever leaving the browser. Where the runtime hides a redirect's target
 * (browsers answer `manual` with an opaque redirect, per the Fetch standard:
 * https://fetch.spec.whatwg.org/#concept-filtered-response-opaque-redirect), the redirect is
 * refused too, and the seller is told to subscribe to the final address.
 */
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { parseFeedUrl } from './feed-url';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;
export type Fetched = { ok: true; response: Response } | { ok: false; message: LocalizedText };

/** Browsers stop at 20; a feed needs no more than a move or two. */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

function refuse(en: string, zh: string): Fetched {
  return { ok: false, message: localized(en, zh) };
}

function notHttps(target: string): Fetched {
  return refuse(
    `the feed redirected to ${target}, which is not https`,
    `订阅源跳转到了非 https 地址 ${target}`,
  );
}

function resolve(location: string, base: URL): URL | null {
  try {
    return new URL(location, base);
  } catch {
    return null;
  }
}

/** Rejects only when a request itself fails (network, timeout), like `fetch`. */
export async function fetchHttpsOnly(
  url: URL,
  init: RequestInit,
  fetchFn: FetchFn,
): Promise<Fetched> {
  let current = url;
  for (let hops = 0; ; hops += 1) {
    const response = await fetchFn(current.href, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      return refuse(
        'the feed redirects to another address, which the browser does not show: subscribe to the final https address',
        '订阅源跳转到另一个地址（浏览器不显示该地址）：请订阅最终的 https 地址',
      );
    }
    // A runtime that followed the redirect anyway still reports where it ended.
    if (response.url !== '' && !response.url.startsWith('https:')) {
      await response.body?.cancel();
      return notHttps(response.url);
    }
    if (!REDIRECT_STATUSES.has(response.status)) return { ok: true, response };
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (location === null) {
      return refuse(
        `the server answered HTTP ${response.status} without a Location`,
        `服务器返回 HTTP ${response.status}，但没有 Location`,
      );
    }
    const target = resolve(location, current);
    const next = target === null ? null : parseFeedUrl(target.href);
    if (next === null) return notHttps(target?.href ?? location);
    if (hops >= MAX_REDIRECTS) {
      return refuse(
        `the feed redirected more than ${MAX_REDIRECTS} times`,
        `订阅源跳转超过 ${MAX_REDIRECTS} 次`,
      );
    }
    current = next;
  }
}
