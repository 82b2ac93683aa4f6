/**
 * Reads the stored layers and composes the active pack (overlay.ts), for the background's
 * snapshot and for the options page and popup, which read the database directly. A layer
 * that does not validate, alone or together with the others, is left out and the reason
 * given, so one bad layer never leaves a seller without rules.
 */
import type { FeedRecord, PackRecord, ShipLensDb } from '../db';
import { overlayPacks, type FeedLayer, type LocalLayer, type Overlay } from '../rules/pack/overlay';
import { type PackIssue, type RulesPack } from '../rules/pack/schema';
import { parsePackCached } from '../rules/pack/parse-cache';
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { isEmpty, LocalEditsSchema, type LocalEdits } from './local-edits';

export interface StoredRules {
  bundled: PackRecord | undefined;
  /** Oldest subscription first: a later feed overlays an earlier one. */
  feeds: FeedRecord[];
  local: PackRecord | undefined;
}

export interface ActiveRules extends Overlay {
  /** The validated layers it was composed from (a feed's, only if it validated). */
  bundled: RulesPack;
  feeds: FeedLayer[];
  /** The stored local edits, whether in use or not (null when none can be read). */
  local: LocalEdits | null;
  /** Why a layer was left out; empty when every layer is in use. */
  problems: LocalizedText[];
}

export async function readStoredRules(db: ShipLensDb): Promise<StoredRules> {
  return db.transaction('r', db.packs, db.feeds, async () => {
    const [bundled, local, feeds] = await Promise.all([
      db.packs.get('bundled'),
      db.packs.get('local'),
      db.feeds.orderBy('addedAt').toArray(),
    ]);
    return { bundled, feeds, local };
  });
}

function detail(issues: readonly PackIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
  return first ? `${first.path || '(pack)'}: ${first.message}${more}` : 'unknown';
}

function bundledLayer(
  stored: StoredRules,
  fallback: RulesPack,
  problems: LocalizedText[],
): RulesPack {
  if (!stored.bundled) return fallback;
  const parsed = parsePackCached(stored.bundled.pack);
  if (parsed.ok) return parsed.pack;
  const why = detail(parsed.errors);
  problems.push(
    localized(
      `the stored rules pack is invalid (${why}); using the bundled pack`,
      `已保存的规则包无效（${why}），改用内置规则包`,
    ),
  );
  return fallback;
}

function feedLayers(stored: StoredRules, problems: LocalizedText[]): FeedLayer[] {
  const layers: FeedLayer[] = [];
  for (const feed of stored.feeds) {
    if (!feed.lastGood) continue;
    const parsed = parsePackCached(feed.lastGood.pack);
    if (parsed.ok) {
      layers.push({ url: feed.url, pack: parsed.pack });
      continue;
    }
    const why = detail(parsed.errors);
    problems.push(
      localized(
        `the saved pack of the feed ${feed.url} is invalid (${why}); it is left out`,
        `订阅源 ${feed.url} 保存的规则包无效（${why}），暂不使用`,
      ),
    );
  }
  return layers;
}

function localEdits(stored: StoredRules, problems: LocalizedText[]): LocalEdits | null {
  if (!stored.local) return null;
  const parsed = LocalEditsSchema.safeParse(stored.local.pack);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const why = first ? `${first.path.join('.')}: ${first.message}` : 'unknown';
  problems.push(
    localized(
      `your local edits are invalid (${why}); they are left out`,
      `本地修改无效（${why}），暂不使用`,
    ),
  );
  return null;
}

function misfit(what: LocalizedText, issues: readonly PackIssue[]): LocalizedText {
  const why = detail(issues);
  return localized(`${what.en} (${why}); left out`, `${what['zh-CN']}（${why}），暂不使用`);
}

/** Bundled + feeds + local edits, leaving out the top layers until the result validates. */
export function composeActive(stored: StoredRules, fallback: RulesPack): ActiveRules {
  const problems: LocalizedText[] = [];
  const bundled = bundledLayer(stored, fallback, problems);
  const feeds = feedLayers(stored, problems);
  const local = localEdits(stored, problems);
  const localLayer: LocalLayer | null = local && !isEmpty(local) ? local : null;

  const compose = (layers: FeedLayer[], top: LocalLayer | null) => {
    const overlay = overlayPacks(bundled, layers, top);
    const parsed = parsePackCached(overlay.pack);
    return parsed.ok
      ? {
          ok: true as const,
          active: { ...overlay, pack: parsed.pack, bundled, feeds, local, problems },
        }
      : { ok: false as const, errors: parsed.errors };
  };

  let attempt = compose(feeds, localLayer);
  if (attempt.ok) return attempt.active;
  if (localLayer) {
    problems.push(
      misfit(
        localized('your local edits do not fit the other rules', '本地修改与其他规则不一致'),
        attempt.errors,
      ),
    );
    attempt = compose(feeds, null);
    if (attempt.ok) return attempt.active;
  }
  problems.push(
    misfit(
      localized('the feeds do not fit the bundled rules', '订阅源与内置规则不一致'),
      attempt.errors,
    ),
  );
  return { ...overlayPacks(bundled, [], null), bundled, feeds, local, problems };
}
