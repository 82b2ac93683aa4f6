/**
 * Values in words a seller reads at a glance, in both UI languages: money with its symbol,
 * countries by name, durations in hours or days, service levels, goods and order states
 * translated. Policy messages, the details under a warning and channel reasons all go
 * through here, so no raw machine value (`-151.57 h`, `= "unshipped"`) reaches the panel.
 */
import type { Money } from '../../order-facts';
import type { ConditionFactName, FactValue, GoodsKind, ServiceLevel } from '../pack/vocabulary';
import { conditionFacts, isConditionFact } from '../pack/vocabulary';
import { localized } from './text';
import type { LocalizedText } from './types';

type Lang = 'en' | 'zh-CN';
const langs: readonly Lang[] = ['en', 'zh-CN'];

/** Symbol before the amount in English, name after it in Chinese; others show their code. */
const currencyWords: Record<string, { en: string; zh: string }> = {
  USD: { en: 'US$', zh: '美元' },
  EUR: { en: '€', zh: '欧元' },
  GBP: { en: '£', zh: '英镑' },
  AUD: { en: 'A$', zh: '澳元' },
  CAD: { en: 'C$', zh: '加元' },
  CNY: { en: 'CN¥', zh: '元' },
  HKD: { en: 'HK$', zh: '港元' },
  MXN: { en: 'MX$', zh: '墨西哥比索' },
  BRL: { en: 'R$', zh: '雷亚尔' },
  JPY: { en: 'JP¥', zh: '日元' },
};

export function moneyIn(money: Money, lang: Lang): string {
  const amount = money.amount.toFixed(2);
  const words = currencyWords[money.currency];
  if (lang === 'en') return words ? `${words.en}${amount}` : `${amount} ${money.currency}`;
  return `${amount} ${words ? words.zh : money.currency}`;
}

export function moneyWords(money: Money): LocalizedText {
  return localized(moneyIn(money, 'en'), moneyIn(money, 'zh-CN'));
}

const regionNames = new Map<Lang, Intl.DisplayNames>();
/** Names looked up once: a list page words the same few countries hundreds of times. */
const countryNames = new Map<string, string>();

function lookUpCountry(code: string, lang: Lang): string {
  let names = regionNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryIn(code: string, lang: Lang): string {
  const key = `${lang}:${code}`;
  let name = countryNames.get(key);
  if (name === undefined) countryNames.set(key, (name = lookUpCountry(code, lang)));
  return name;
}

/**
 * A duration, sign dropped (the sentence says "in" or "ago"): under 2 days in hours,
 * from 2 days in whole days.
 */
export function durationIn(hours: number, lang: Lang): string {
  const abs = Math.abs(hours);
  if (abs < 1) return lang === 'en' ? 'less than an hour' : '不到 1 小时';
  if (abs < 48) {
    const whole = Math.round(abs);
    return lang === 'en' ? `${whole} hour${whole === 1 ? '' : 's'}` : `${whole} 小时`;
  }
  const days = Math.round(abs / 24);
  return lang === 'en' ? `${days} days` : `${days} 天`;
}

const levelWords: Record<ServiceLevel, LocalizedText> = {
  economy: localized('economy', '经济类'),
  simple: localized('simple (saver)', '简易类'),
  standard: localized('standard', '标准类'),
  premium: localized('premium', '优先类'),
  express: localized('express', '快速类'),
};

export function levelWord(level: ServiceLevel): LocalizedText {
  return levelWords[level];
}

const goodsWords: Record<GoodsKind, LocalizedText> = {
  battery: localized('batteries', '带电产品'),
  liquid: localized('liquids', '液体'),
  powder: localized('powders', '粉末'),
  paste: localized('pastes', '膏状物'),
  magnet: localized('magnets', '磁性物品'),
  cosmetics: localized('cosmetics', '化妆品'),
};

/** "batteries, liquids" / "带电产品、液体". */
export function goodsList(kinds: readonly GoodsKind[]): LocalizedText {
  return localized(
    kinds.map((kind) => goodsWords[kind].en).join(', '),
    kinds.map((kind) => goodsWords[kind]['zh-CN']).join('、'),
  );
}

/** Enumerated fact values (status, page kind, tracking match, who ships) in words. */
const valueWords: Record<string, LocalizedText> = {
  'awaiting-payment': localized('awaiting payment', '等待付款'),
  unshipped: localized('not shipped', '未发货'),
  shipped: localized('shipped', '已发货'),
  delivered: localized('delivered', '已妥投'),
  cancelled: localized('cancelled', '已取消'),
  'order-detail': localized('order page', '订单详情页'),
  'order-list': localized('order list', '订单列表'),
  'ship-form': localized('ship form', '发货表单'),
  match: localized('fits the carrier', '与承运商相符'),
  mismatch: localized('does not fit the carrier', '与承运商不符'),
  unknown: localized('cannot tell', '无法判断'),
  seller: localized('the seller', '卖家'),
  platform: localized('the platform', '平台'),
  aliexpress: localized('AliExpress', '速卖通'),
  amazon: localized('Amazon', '亚马逊'),
  ebay: localized('eBay', 'eBay'),
  wish: localized('Wish', 'Wish'),
};

const factWords: Record<ConditionFactName, LocalizedText> = {
  platform: localized('Platform', '平台'),
  destination: localized('Destination', '目的国'),
  origin: localized('Ships from', '发货地'),
  orderValue: localized('Order value', '订单金额'),
  maxUnitPrice: localized('Highest unit price', '最高单价'),
  itemCount: localized('Units', '件数'),
  buyerServiceLevel: localized("Buyer's service", '买家所选物流等级'),
  chosenCarrier: localized('Carrier', '承运商'),
  chosenCarrierChannel: localized('Channel', '渠道'),
  chosenServiceLevel: localized("Carrier's service", '承运商物流等级'),
  chosenTracked: localized('Tracked end to end', '全程跟踪'),
  hasTracking: localized('Tracking entered', '已填跟踪号'),
  trackingCarrierMatch: localized('Tracking number', '跟踪号'),
  hoursToShipBy: localized('Ship-by', '发货截止'),
  orderAgeDays: localized('Order age', '订单时长'),
  fulfilledBy: localized('Shipped by', '发货方'),
  status: localized('Status', '状态'),
  pageKind: localized('Page', '页面'),
};

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

/** One fact's value in words, as a sentence placeholder reads it. */
export function factValueIn(fact: string, value: FactValue | undefined, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'en' ? 'unknown' : '未知';
  if (isMoney(value)) return moneyIn(value, lang);
  if (fact === 'hoursToShipBy' && typeof value === 'number') return durationIn(value, lang);
  if (fact === 'orderAgeDays' && typeof value === 'number') return durationIn(value * 24, lang);
  if (typeof value === 'boolean')
    return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  const spec = isConditionFact(fact) ? conditionFacts[fact] : null;
  if (spec !== null && 'country' in spec) return countryIn(value, lang);
  if (spec?.kind === 'serviceLevel') return levelWord(value as ServiceLevel)[lang];
  return valueWords[value]?.[lang] ?? value;
}

/** "{destination}" → "Canada" / "加拿大": placeholders are fact names (pack/checks.ts). */
export function fillPlaceholders(
  message: LocalizedText,
  facts: Readonly<Record<string, FactValue | undefined>>,
): LocalizedText {
  const fill = (template: string, lang: Lang): string =>
    template.replace(/\{([^}]*)\}/g, (_, name: string) => factValueIn(name, facts[name], lang));
  return localized(fill(message.en, 'en'), fill(message['zh-CN'], 'zh-CN'));
}

/** A deadline in words: "in 5 hours" / "6 days ago". */
function deadlineIn(hours: number, lang: Lang): string {
  const span = durationIn(hours, lang);
  if (lang === 'en') return hours >= 0 ? `in ${span}` : `${span} ago`;
  return hours >= 0 ? `还剩 ${span}` : `已过 ${span}`;
}

/** One matched condition as a detail line: "Order value: US$25.00". */
export function detailLine(fact: string, value: FactValue | undefined): LocalizedText {
  const [en, zh] = langs.map((lang) => {
    const label = isConditionFact(fact) ? factWords[fact][lang] : fact;
    const shown =
      fact === 'hoursToShipBy' && typeof value === 'number'
        ? deadlineIn(value, lang)
        : factValueIn(fact, value, lang);
    return lang === 'en' ? `${label}: ${shown}` : `${label}:${shown}`;
  }) as [string, string];
  return localized(en, zh);
}
