/**
 * OrderFacts (what the page shows) + settings + ship-form state → the facts policy
 * conditions read (vocabulary.ts `conditionFacts`). Anything not known stays null; values we
 * derive rather than read (ship-from from settings, a date without a time) are stated as
 * assumptions so the panel can show what the result rests on.
 */
import type { ConsoleId, OrderFacts, OrderItem } from '../../order-facts';
import type { EvaluateInput } from './input';
import type { IndexedChannel, PackIndex } from './pack-index';
import { nameKey, normaliseName } from '../pack/names';
import { lazyLocalized, localized } from './text';
import type { LocalizedText, ServiceLevel } from './types';
import type { ConditionFacts } from '../pack/vocabulary';

export interface FactsResult {
  facts: ConditionFacts;
  /** Enabled channels the chosen carrier's name matches (see matchCarrier); null = none chosen. */
  carrierMatches: readonly IndexedChannel[] | null;
  assumptions: LocalizedText[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const instant = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

interface Instant {
  ms: number;
  /** What had to be assumed to place it in time. */
  assumed: 'date-only' | 'no-zone' | null;
}

/**
 * Parsed by hand, not with Date.parse, which reads a zoneless time in the machine's local
 * zone and would make the result depend on where it runs. A bare date is the start of that
 * UTC day, or its end for deadlines (the platform's own zone is not on the page).
 */
export function parseInstant(iso: string, endOfDay: boolean): Instant | null {
  const match = instant.exec(iso);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, zone] = match;
  const base = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (hour === undefined) return { ms: base + (endOfDay ? DAY - 1 : 0), assumed: 'date-only' };
  const clock = Number(hour) * HOUR + Number(minute) * 60_000 + Number(second ?? 0) * 1000;
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * HOUR + Number(zone.slice(4, 6)) * 60_000);
  }
  return { ms: base + clock - offset, assumed: zone === undefined ? 'no-zone' : null };
}

const hundredths = (value: number): number => Math.round(value * 100) / 100;

const shipByDateOnly = localized(
  'Ship-by date has no time: taken as the end of that day (UTC).',
  '发货截止日期没有具体时间:按当天结束(UTC)计算。',
);
const orderDateOnly = localized(
  'Order date has no time: taken as the start of that day (UTC).',
  '下单日期没有具体时间:按当天开始(UTC)计算。',
);
const dateWithoutZone = localized(
  'A date on the page has no time zone: read as UTC.',
  '页面上的时间没有时区:按 UTC 读取。',
);

function timeFacts(facts: OrderFacts, now: Date, assumptions: LocalizedText[]) {
  const shipBy = facts.shipBy === null ? null : parseInstant(facts.shipBy, true);
  const orderedAt = facts.orderedAt === null ? null : parseInstant(facts.orderedAt, false);
  if (shipBy?.assumed === 'date-only') assumptions.push(shipByDateOnly);
  if (orderedAt?.assumed === 'date-only') assumptions.push(orderDateOnly);
  if (shipBy?.assumed === 'no-zone' || orderedAt?.assumed === 'no-zone') {
    assumptions.push(dateWithoutZone);
  }
  return {
    hoursToShipBy: shipBy === null ? null : hundredths((shipBy.ms - now.getTime()) / HOUR),
    orderAgeDays: orderedAt === null ? null : hundredths((now.getTime() - orderedAt.ms) / DAY),
  };
}

/** Every item's unit price, when all are shown and in one currency; else null. */
function unitPrices(items: readonly OrderItem[]): { currency: string; prices: number[] } | null {
  const first = items[0]?.unitPrice;
  if (first === undefined || first === null) return null;
  const prices: number[] = [];
  for (const item of items) {
    if (item.unitPrice === null || item.unitPrice.currency !== first.currency) return null;
    prices.push(item.unitPrice.amount);
  }
  return { currency: first.currency, prices };
}

const orderValueSummed = localized(
  'Order value not shown: the sum of the item prices is used.',
  '页面未显示订单金额:使用商品价格之和。',
);

function valueFacts(facts: OrderFacts, assumptions: LocalizedText[]) {
  const units = unitPrices(facts.items);
  let orderValue = facts.orderValue;
  if (orderValue === null && units !== null) {
    const amount = facts.items.reduce(
      (sum, item, i) => sum + item.quantity * (units.prices[i] ?? 0),
      0,
    );
    orderValue = { amount: Math.round(amount * 100) / 100, currency: units.currency };
    assumptions.push(orderValueSummed);
  }
  return {
    orderValue,
    maxUnitPrice:
      units === null ? null : { amount: Math.max(...units.prices), currency: units.currency },
    itemCount:
      facts.items.length === 0 ? null : facts.items.reduce((sum, item) => sum + item.quantity, 0),
  };
}

function buyerLevel(
  input: EvaluateInput,
  index: PackIndex,
  assumptions: LocalizedText[],
): ServiceLevel | null {
  const service = input.facts.buyerSelectedService;
  if (service === null) return null;
  const level = index.aliases.get(input.facts.console)?.get(nameKey(service)) ?? null;
  if (level === null) {
    assumptions.push(
      lazyLocalized(() =>
        localized(
          `The buyer's service "${service}" is not in the pack's service names: its level is unknown.`,
          `买家选择的物流“${service}”不在规则包的服务名称中:服务等级未知。`,
        ),
      ),
    );
  }
  return level;
}

/** The ship form's choice wins over what the page shows. */
function chosenCarrier(input: EvaluateInput): string | null {
  const chosen = input.form?.chosenCarrier ?? input.facts.carrier;
  if (chosen === null) return null;
  const normalised = normaliseName(chosen);
  return normalised === '' ? null : normalised;
}

/**
 * The enabled channels a carrier name belongs to: the order platform's first; failing that,
 * any platform's, so "Yanwen" typed on an eBay form is still known to be a standard line.
 */
export function matchCarrier(
  carrier: string,
  platform: ConsoleId,
  index: PackIndex,
  disabled: ReadonlySet<string>,
): readonly IndexedChannel[] {
  const key = nameKey(carrier);
  const onPlatform = enabledOf(index.carriers.get(platform)?.get(key), disabled);
  return onPlatform.length > 0
    ? onPlatform
    : enabledOf(index.anyPlatformCarriers.get(key), disabled);
}

function enabledOf(
  channels: readonly IndexedChannel[] | undefined,
  disabled: ReadonlySet<string>,
): readonly IndexedChannel[] {
  return (channels ?? []).filter((c) => !disabled.has(c.channel.id));
}

/** The service level every matched channel shares; null when none is chosen or they differ. */
function sharedLevel(matches: readonly IndexedChannel[] | null): ServiceLevel | null {
  const level = matches?.[0]?.channel.serviceLevel ?? null;
  return matches?.every((match) => match.channel.serviceLevel === level) === true ? level : null;
}

/** True when every matched channel is tracked, false when none is, else unknown. */
function trackedness(matches: readonly IndexedChannel[] | null): boolean | null {
  if (matches === null || matches.length === 0) return null;
  const tracked = matches.filter((match) => match.channel.tracked).length;
  return tracked === matches.length ? true : tracked === 0 ? false : null;
}

export function buildFacts(
  input: EvaluateInput,
  index: PackIndex,
  disabled: ReadonlySet<string>,
): FactsResult {
  const { facts, settings } = input;
  const assumptions: LocalizedText[] = [];
  if (facts.shipFromCountry === null) {
    const origin = settings.shipFromCountry;
    // Worded when read, like the engine's other explanations (text.ts lazyLocalized).
    assumptions.push(
      lazyLocalized(() =>
        localized(
          `Ship-from country taken from your settings (${origin}): the page does not state it.`,
          `发货国家取自设置(${origin}):页面未注明。`,
        ),
      ),
    );
  }
  const carrier = chosenCarrier(input);
  const carrierMatches =
    carrier === null ? null : matchCarrier(carrier, facts.console, index, disabled);
  const trackingNumbers = input.form?.trackingNumbers ?? facts.trackingNumbers;
  const value = valueFacts(facts, assumptions);
  const buyerServiceLevel = buyerLevel(input, index, assumptions);
  const time = timeFacts(facts, input.now, assumptions);
  const conditionFacts: ConditionFacts = {
    platform: facts.console,
    destination: facts.destinationCountry,
    origin: facts.shipFromCountry ?? settings.shipFromCountry,
    orderValue: value.orderValue,
    maxUnitPrice: value.maxUnitPrice,
    itemCount: value.itemCount,
    buyerServiceLevel,
    chosenCarrier: carrier,
    chosenCarrierChannel:
      carrierMatches?.length === 1 ? (carrierMatches[0]?.channel.id ?? null) : null,
    chosenServiceLevel: sharedLevel(carrierMatches),
    chosenTracked: trackedness(carrierMatches),
    hasTracking: trackingNumbers.length > 0,
    trackingCarrierMatch: input.form?.trackingCarrierMatch ?? null,
    hoursToShipBy: time.hoursToShipBy,
    orderAgeDays: time.orderAgeDays,
    fulfilledBy: facts.fulfilledBy,
    status: facts.status === 'unknown' ? null : facts.status,
    pageKind: facts.pageKind,
  };
  return { facts: conditionFacts, carrierMatches, assumptions };
}
