/**
 * A small hand-made pack whose numbers are easy to check by hand, and an order builder.
 * Rates: 1 USD = 7 CNY = 0.9 EUR.
 */
import type { OrderFacts, OrderItem } from '../../../utils/order-facts';
import { parsePack } from '../../../utils/rules/pack/parse';
import type { RulesPack, RulesPackInput } from '../../../utils/rules/pack/schema';
import { defaultSettings, type Settings } from '../../../utils/settings';

export function miniPackInput(): RulesPackInput {
  return {
    schemaVersion: 2,
    id: 'mini',
    name: 'Mini test pack',
    version: '1.0.0',
    published: '2026-11-01',
    source: 'test',
    currencyRates: { base: 'USD', date: '2026-11-01', source: 'test', rates: { CNY: 7, EUR: 0.9 } },
    defaultItemWeightGrams: 200,
    serviceAliases: { aliexpress: { 'Standard Shipping': 'standard', Economy: 'economy' } },
    zones: { eu: ['DE', 'FR'] },
    channels: [
      {
        id: 'post',
        name: { en: 'Post', 'zh-CN': '邮政' },
        provider: 'Post',
        platforms: ['aliexpress', 'wish'],
        serviceLevel: 'standard',
        tracked: true,
        carrierNames: ['Post', 'Mail'],
        origins: ['CN'],
        destinations: ['US', 'eu'],
        rateCard: { currency: 'CNY', minChargeableGrams: 50, sample: true, source: 'test' },
        rates: {
          US: {
            minDays: 10,
            maxDays: 20,
            bands: [
              { fromGrams: 0, toGrams: 150, perKg: 100, perParcelFee: 10 },
              { fromGrams: 150, toGrams: 2000, perKg: 80, perParcelFee: 12 },
            ],
          },
          eu: {
            minDays: 8,
            maxDays: 16,
            bands: [{ fromGrams: 0, toGrams: 2000, perGram: 0.07, perParcelFee: 9 }],
          },
        },
        limits: {
          maxWeightGrams: 2000,
          maxDeclaredValue: { amount: 50, currency: 'USD' },
          maxLongestSideCm: 60,
          maxSumOfSidesCm: 90,
          refusedGoods: ['battery'],
        },
      },
      {
        id: 'economy',
        name: { en: 'Economy', 'zh-CN': '经济' },
        provider: 'Line',
        platforms: ['aliexpress'],
        serviceLevel: 'economy',
        tracked: false,
        carrierNames: ['Economy Line', 'Mail'],
        origins: '*',
        destinations: '*',
        excludedDestinations: ['RU'],
        rateCard: { currency: 'USD', sample: false, source: 'test' },
        rates: {
          '*': {
            minDays: 20,
            maxDays: 40,
            bands: [{ fromGrams: 0, toGrams: 2000, perKg: 5, perParcelFee: 0.5 }],
          },
        },
        limits: { maxWeightGrams: 2000 },
      },
      {
        id: 'express',
        name: { en: 'Express', 'zh-CN': '快递' },
        provider: 'Courier',
        platforms: ['aliexpress'],
        serviceLevel: 'express',
        tracked: true,
        carrierNames: ['Courier'],
        origins: ['CN'],
        destinations: '*',
        rateCard: {
          currency: 'CNY',
          minChargeableGrams: 500,
          volumetricDivisor: 5000,
          sample: true,
          source: 'test',
        },
        rates: {
          '*': {
            minDays: 3,
            maxDays: 6,
            bands: [
              { fromGrams: 0, toGrams: 30000, perKg: 100, perParcelFee: 100, stepGrams: 500 },
            ],
          },
        },
        limits: { maxWeightGrams: 30000 },
      },
    ],
    policies: [
      {
        id: 'us-over-5',
        platform: 'aliexpress',
        name: { en: 'US over $5', 'zh-CN': '美国超过5美元' },
        condition: {
          all: [
            { fact: 'destination', op: 'eq', value: 'US' },
            { fact: 'orderValue', op: 'gt', value: 5, currency: 'USD' },
          ],
        },
        effect: { kind: 'require', channels: ['post'], serviceLevels: ['express'] },
        severity: 'critical',
        advisory: 'info',
        message: {
          en: 'To {destination} above US$5 ({orderValue}): Post or express only.',
          'zh-CN': '发往 {destination} 超过 5 美元({orderValue}):仅限邮政或快递。',
        },
        source: {
          url: 'https://example.com/us',
          effectiveDate: '2019',
          confidence: 'secondary',
          dated: true,
          verifiedAt: '2026-11-01',
        },
      },
      {
        id: 'buyer-downgrade',
        platform: 'aliexpress',
        name: { en: 'Buyer downgrade', 'zh-CN': '降级' },
        condition: {
          all: [{ fact: 'buyerServiceLevel', op: 'gt', value: { fact: 'chosenServiceLevel' } }],
        },
        effect: { kind: 'warn' },
        severity: 'critical',
        message: {
          en: 'Buyer chose {buyerServiceLevel}, carrier is {chosenServiceLevel}.',
          'zh-CN': '买家选 {buyerServiceLevel},承运 {chosenServiceLevel}。',
        },
        source: {
          url: 'https://example.com/downgrade',
          effectiveDate: 'unknown',
          confidence: 'secondary',
          dated: true,
          verifiedAt: '2026-11-01',
        },
      },
      {
        id: 'tracking-mismatch',
        platform: 'aliexpress',
        name: { en: 'Mismatch', 'zh-CN': '不符' },
        condition: { all: [{ fact: 'trackingCarrierMatch', op: 'eq', value: 'mismatch' }] },
        effect: { kind: 'warn' },
        severity: 'critical',
        confirmBeforeSubmit: true,
        message: {
          en: 'Tracking does not fit {chosenCarrier}.',
          'zh-CN': '跟踪号与 {chosenCarrier} 不符。',
        },
        source: {
          url: 'https://example.com/mismatch',
          effectiveDate: '2022-01',
          confidence: 'secondary',
          dated: false,
          verifiedAt: '2026-11-01',
          note: 'test',
        },
      },
    ],
  };
}

export function parsed(input: RulesPackInput): RulesPack {
  const result = parsePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.pack;
}

export const miniPack: RulesPack = parsed(miniPackInput());

export function item(overrides: Partial<OrderItem> = {}): OrderItem {
  return {
    title: 'Phone case',
    sku: 'CASE-1',
    listingId: null,
    quantity: 1,
    unitPrice: { amount: 12, currency: 'USD' },
    unitWeightGrams: 120,
    ...overrides,
  };
}

export function order(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    console: 'aliexpress',
    pageKind: 'order-detail',
    orderId: 'T-1',
    destinationCountry: 'US',
    items: [item()],
    orderValue: { amount: 12, currency: 'USD' },
    buyerSelectedService: null,
    shipBy: null,
    orderedAt: null,
    carrier: null,
    trackingNumbers: [],
    status: 'unshipped',
    fulfilledBy: 'seller',
    shipFromCountry: 'CN',
    missing: [],
    ...overrides,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings, ...overrides };
}

export const NOW = new Date('2026-11-25T00:00:00Z');
