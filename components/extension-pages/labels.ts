/** Names for the product's codes (consoles, page kinds, facts, layers…) in the UI language. */
import type { MessageKey, Translate } from '../../utils/i18n';
import type { ConsoleId, ConsolePageKind, FactName } from '../../utils/order-facts';
import type { LayerId } from '../../utils/rules/pack/overlay';
import type { Objective } from '../../utils/settings';
import { ANY_CONSOLE, type SkuWeightConsole } from '../../utils/sku-weights';

const consoleKeys: Record<ConsoleId, MessageKey> = {
  aliexpress: 'consoleAliexpress',
  amazon: 'consoleAmazon',
  ebay: 'consoleEbay',
  wish: 'consoleWish',
};

export function consoleLabel(id: ConsoleId, t: Translate): string {
  return t(consoleKeys[id]);
}

/** A SKU weight's console: one console, or any console ('*'). */
export function weightConsoleLabel(id: SkuWeightConsole, t: Translate): string {
  return id === ANY_CONSOLE ? t('hardeningAnyConsole') : consoleLabel(id, t);
}

const pageKindKeys: Record<ConsolePageKind, MessageKey> = {
  'order-detail': 'pageKindOrderDetail',
  'order-list': 'pageKindOrderList',
  'ship-form': 'pageKindShipForm',
  'fba-inbound': 'complianceFbaInboundPage',
};

export function pageKindLabel(kind: ConsolePageKind, t: Translate): string {
  return t(pageKindKeys[kind]);
}

export const objectiveKeys: Record<Objective, { label: MessageKey; hint: MessageKey }> = {
  cheapest: { label: 'objectiveCheapest', hint: 'objectiveCheapestHint' },
  fastest: { label: 'objectiveFastest', hint: 'objectiveFastestHint' },
  balanced: { label: 'objectiveBalanced', hint: 'objectiveBalancedHint' },
};

const factKeys: Record<FactName, MessageKey> = {
  destinationCountry: 'factDestinationCountry',
  items: 'factItems',
  itemWeight: 'factItemWeight',
  orderValue: 'factOrderValue',
  buyerSelectedService: 'factBuyerSelectedService',
  shipBy: 'factShipBy',
  orderedAt: 'factOrderedAt',
  carrier: 'factCarrier',
  trackingNumbers: 'factTrackingNumbers',
  status: 'factStatus',
  fulfilledBy: 'factFulfilledBy',
  shipFromCountry: 'factShipFromCountry',
};

/** A fact name from the page state; one we do not know is shown as it is. */
export function factLabel(name: string, t: Translate): string {
  return Object.hasOwn(factKeys, name) ? t(factKeys[name as FactName]) : name;
}

const confidenceKeys: Record<string, MessageKey> = {
  'confirmed-official': 'confidenceConfirmedOfficial',
  secondary: 'confidenceSecondary',
  'code-derived': 'confidenceCodeDerived',
  unconfirmed: 'confidenceUnconfirmed',
};

export function confidenceLabel(value: string, t: Translate): string {
  const key = confidenceKeys[value];
  return key ? t(key) : value;
}

/** "Bundled", "Local edits", or "Feed · rules.example-team.com". */
export function layerLabel(layer: LayerId, t: Translate): string {
  if (layer === 'bundled') return t('layerBundled');
  if (layer === 'local') return t('layerLocal');
  const url = layer.slice('feed:'.length);
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Shown as stored: feed addresses are checked when subscribed.
  }
  return `${t('layerFeed')} · ${host}`;
}

/** Country names from the browser, in the UI language ("Germany" / "德国"). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "item weight and ship-from country" / "商品重量和发货国家". */
export function joinList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
