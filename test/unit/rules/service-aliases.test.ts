// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The buyer's chosen service must map to a service level in every UI language a console
 * shows it in: an unmapped name means "balanced" can downgrade the buyer without a warning
 * (the AliExpress Chinese UI's 菜鸟无忧物流-优先 read as unknown, issue #9).
 */
import { describe, expect, it } from 'vitest';
import { consoles } from '../../../utils/consoles';
import { readAllRows } from '../../../utils/consoles/list-rows';
import type { ConsoleId, ExtractResult } from '../../../utils/order-facts';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { nameKey } from '../../../utils/rules/pack/names';
import { fixtureTable } from '../fixture-table';

function levelOf(console: ConsoleId, service: string): string | null {
  const table = defaultPack.serviceAliases[console] ?? {};
  const found = Object.entries(table).find(([name]) => nameKey(name) === nameKey(service));
  return found?.[1] ?? null;
}

/** Every buyer-selected service text every fixture page shows, with where it was read. */
function servicesOnFixtures(): [string, ConsoleId, string][] {
  return consoles.flatMap((adapter) => {
    const fixtures = fixtureTable(adapter.id);
    return fixtures.entries.flatMap((entry) => {
      const doc = fixtures.load(entry.file);
      const url = new URL(entry.url);
      const results: ExtractResult[] =
        entry.pageKind === 'order-list'
          ? readAllRows(adapter.listRows(doc, url)).map((row) => row.facts)
          : [adapter.extractOrder(doc, url)];
      return results.flatMap((result) =>
        result.ok && result.facts.buyerSelectedService
          ? [
              [entry.file, adapter.id, result.facts.buyerSelectedService] as [
                string,
                ConsoleId,
                string,
              ],
            ]
          : [],
      );
    });
  });
}

describe('buyer-selected services on every fixture', () => {
  const found = servicesOnFixtures();

  it('reads services in more than one language (the walk is not empty)', () => {
    expect(found.length).toBeGreaterThanOrEqual(20);
    expect(found.some(([, , service]) => /\p{Script=Han}/u.test(service))).toBe(true);
  });

  it.each(found)('%s (%s): "%s" has a service level', (_file, console, service) => {
    expect(levelOf(console, service)).not.toBeNull();
  });
});

/**
 * One service, the names each UI language gives it: all must map, and to the same level.
 * AliExpress zh/en pairs from Greasyfork 437404's logistics table; the others are the consoles'
 * localized names (docs/consoles/*.md, "Service names in every language").
 */
// prettier-ignore
const sameService: [ConsoleId, string[]][] = [
  ['aliexpress', ['AliExpress Standard Shipping', '菜鸟无忧物流-标准']],
  ['aliexpress', ['AliExpress Premium Shipping', '菜鸟无忧物流-优先']],
  ['aliexpress', ['AliExpress Saver Shipping', '菜鸟无忧物流-简易']],
  ['aliexpress', ['Cainiao Super Economy', '菜鸟超级经济']],
  ['aliexpress', ['Cainiao Super Economy Global', '菜鸟超级经济Global']],
  ['aliexpress', ['China Post Registered Air Mail', '中国邮政挂号小包']],
  ['aliexpress', ['China Post Ordinary Small Packet Plus', '中国邮政平常小包+']],
  ['aliexpress', ['ePacket', 'e邮宝']],
  ['aliexpress', ['e-EMS', 'E特快']],
  ['aliexpress', ['UPS Express Saver', 'UPS全球速快', 'UPS 全球速快']],
  ['aliexpress', ['UPS Expedited', 'UPS全球快捷']],
  ['aliexpress', ['DHL', 'DHL全球快递']],
  ['aliexpress', ['FedEx IP', '联邦快递IP']],
  ['aliexpress', ['SF Express', '顺丰速运']],
  ['amazon', ['Standard', 'Standardversand', 'Livraison standard', 'Spedizione standard', 'Envío estándar', '通常配送', '标准配送']],
  ['amazon', ['Expedited', 'Expressversand', 'Livraison express', 'Spedizione espressa', 'Envío urgente', 'お急ぎ便', '加急配送']],
  ['amazon', ['Priority', 'Premiumversand', 'Livraison prioritaire', 'Spedizione prioritaria', 'Envío prioritario', '当日お急ぎ便', '优先配送']],
  ['ebay', ['Standard International Shipping', 'Standardversand', 'Livraison standard', 'Spedizione standard', 'Envío estándar']],
  ['ebay', ['Expedited International Shipping', 'Expressversand', 'Livraison express', 'Spedizione espressa', 'Envío urgente']],
  ['ebay', ['Economy International Shipping', 'Sparversand', 'Livraison économique', 'Spedizione economica', 'Envío económico']],
  ['wish', ['Standard Shipping', '标准配送']],
];

describe('one service, every language', () => {
  it.each(sameService)('%s: %j', (console, names) => {
    const levels = names.map((name) => levelOf(console, name));
    expect(levels[0]).not.toBeNull();
    expect(levels).toEqual(names.map(() => levels[0]));
  });
});
