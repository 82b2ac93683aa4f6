/**
 * The active rules pack is layered: the bundled pack, overlaid by each feed the seller
 * subscribes to (oldest subscription first), overlaid by the seller's local edits (imported
 * rate cards, local channels, imported first-leg cards). A later layer replaces a channel or policy with the same id
 * and adds the ones that are new; `origin` says which layer each one comes from, so the
 * options page can show it. Switching a channel or policy off is a setting, applied after
 * this (snapshot.ts), so a switched-off channel keeps its place and its origin here.
 *
 * Pure: the caller validates the result with `parsePack`, since layers that are each valid
 * can still disagree (a local channel priced in a currency a feed dropped).
 */
import { consoleIds } from '../../order-facts';
import type { Channel, CurrencyRates, FirstLegChannel, Policy, RulesPack } from './schema';

export type LayerId = 'bundled' | 'local' | `feed:${string}`;
export type OriginKey =
  | `channel:${string}`
  | `policy:${string}`
  | `customs:${string}`
  | `routed:${string}`
  | `first-leg:${string}`;

export interface FeedLayer {
  url: string;
  pack: RulesPack;
}

/** The seller's own edits: whole channels, policies and first-leg lines, replacing or adding by id. */
export interface LocalLayer {
  updatedAt: string;
  channels: Channel[];
  policies: Policy[];
  firstLeg?: FirstLegChannel[];
}

export interface Overlay {
  pack: RulesPack;
  origin: Record<OriginKey, LayerId>;
  /** Bottom to top: the layers this pack was composed of. */
  layers: LayerId[];
}

export function feedLayerId(url: string): LayerId {
  return `feed:${url}`;
}

function overlayById<T extends { id: string }>(
  base: readonly T[],
  top: readonly T[],
  kind: 'channel' | 'policy' | 'customs' | 'routed' | 'first-leg',
  layer: LayerId,
  origin: Record<OriginKey, LayerId>,
): T[] {
  const result = [...base];
  const position = new Map(result.map((item, index) => [item.id, index]));
  for (const item of top) {
    const index = position.get(item.id);
    // Replaced items keep their place, so the options page lists them in a stable order.
    if (index === undefined) {
      position.set(item.id, result.length);
      result.push(item);
    } else {
      result[index] = item;
    }
    origin[`${kind}:${item.id}`] = layer;
  }
  return result;
}

/**
 * A feed's table of exchange rates updates ours when both have the same base; with another
 * base the feed's table is taken whole, since rates against two bases cannot be mixed.
 */
function overlayRates(base: CurrencyRates, top: CurrencyRates): CurrencyRates {
  if (base.base !== top.base) return top;
  return { ...top, rates: { ...base.rates, ...top.rates } };
}

function overlayFeed(
  pack: RulesPack,
  feed: FeedLayer,
  origin: Record<OriginKey, LayerId>,
): RulesPack {
  const layer = feedLayerId(feed.url);
  const top = feed.pack;
  const serviceAliases = { ...pack.serviceAliases };
  for (const platform of consoleIds) {
    const aliases = top.serviceAliases[platform];
    if (aliases) serviceAliases[platform] = { ...serviceAliases[platform], ...aliases };
  }
  return {
    ...pack,
    currencyRates: overlayRates(pack.currencyRates, top.currencyRates),
    defaultItemWeightGrams: top.defaultItemWeightGrams,
    serviceAliases,
    zones: { ...pack.zones, ...top.zones },
    platformRouted: overlayById(pack.platformRouted, top.platformRouted, 'routed', layer, origin),
    customs: overlayById(pack.customs, top.customs, 'customs', layer, origin),
    channels: overlayById(pack.channels, top.channels, 'channel', layer, origin),
    policies: overlayById(pack.policies, top.policies, 'policy', layer, origin),
    // Targets and first-leg cards are replaced whole by a feed that has them.
    complianceTargets: top.complianceTargets ?? pack.complianceTargets,
    firstLeg: top.firstLeg ? markFirstLeg(top.firstLeg, layer, origin) : pack.firstLeg,
  };
}

function markFirstLeg<T extends { channels: readonly FirstLegChannel[] }>(
  firstLeg: T,
  layer: LayerId,
  origin: Record<OriginKey, LayerId>,
): T {
  for (const line of firstLeg.channels) origin[`first-leg:${line.id}`] = layer;
  return firstLeg;
}

function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** Metadata that shows the composition: "2026.11.25 + 2026.12.01 + local 2026-12-03". */
function describe(bundled: RulesPack, feeds: readonly FeedLayer[], local: LocalLayer | null) {
  const localDate = local?.updatedAt.slice(0, 10);
  const parts = [
    { name: bundled.name, version: bundled.version, source: 'bundled' },
    ...feeds.map((feed) => ({
      name: feed.pack.name,
      version: feed.pack.version,
      source: feed.url,
    })),
    ...(local && localDate
      ? [{ name: 'local edits', version: `local ${localDate}`, source: 'local edits' }]
      : []),
  ];
  return {
    id: feeds.at(-1)?.pack.id ?? bundled.id,
    name: parts.map((part) => part.name).join(' + '),
    version: parts.map((part) => part.version).join(' + '),
    source: parts.map((part) => part.source).join(' + '),
    published: latest([
      bundled.published,
      ...feeds.map((feed) => feed.pack.published),
      ...(localDate ? [localDate] : []),
    ]),
  };
}

export function overlayPacks(
  bundled: RulesPack,
  feeds: readonly FeedLayer[],
  local: LocalLayer | null,
): Overlay {
  const origin: Record<OriginKey, LayerId> = {};
  for (const channel of bundled.channels) origin[`channel:${channel.id}`] = 'bundled';
  for (const policy of bundled.policies) origin[`policy:${policy.id}`] = 'bundled';
  for (const rule of bundled.customs) origin[`customs:${rule.id}`] = 'bundled';
  for (const rule of bundled.platformRouted) origin[`routed:${rule.id}`] = 'bundled';
  if (bundled.firstLeg) markFirstLeg(bundled.firstLeg, 'bundled', origin);
  let pack = bundled;
  for (const feed of feeds) pack = overlayFeed(pack, feed, origin);
  if (local) {
    const firstLeg = local.firstLeg ?? [];
    pack = {
      ...pack,
      channels: overlayById(pack.channels, local.channels, 'channel', 'local', origin),
      policies: overlayById(pack.policies, local.policies, 'policy', 'local', origin),
      ...(firstLeg.length === 0
        ? {}
        : {
            firstLeg: {
              channels: overlayById(
                pack.firstLeg?.channels ?? [],
                firstLeg,
                'first-leg',
                'local',
                origin,
              ),
              inboundRules: pack.firstLeg?.inboundRules ?? [],
            },
          }),
    };
  }
  const layers: LayerId[] = ['bundled', ...feeds.map((feed) => feedLayerId(feed.url))];
  if (local) layers.push('local');
  return { pack: { ...pack, ...describe(bundled, feeds, local) }, origin, layers };
}
