/**
 * An imported rate card becomes a local channel: either a copy of an existing channel with
 * the forwarder's rates in place of its own, or a new channel the seller describes. The
 * card says where the channel goes: its destinations become the card's.
 */
import type { ConsoleId } from '../order-facts';
import type { ImportedRateCard } from './rate-card-csv';
import type { Channel } from '../rules/pack/schema';
import type { ServiceLevel } from '../rules/engine/types';

export interface ImportSource {
  fileName: string;
  at: Date;
}

/** Where an imported card came from, as its `source` says. */
export function importedFrom(source: ImportSource): string {
  return `Imported from ${source.fileName} on ${source.at.toISOString().slice(0, 10)}`;
}

/** "Yun Line 2" → "<prefix>-yun-line-2"; names without Latin letters get "<prefix>-channel". */
export function slugId(prefix: string, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix}-${slug || 'channel'}`;
}

function cardFields(
  card: ImportedRateCard,
  source: ImportSource,
): Pick<Channel, 'destinations' | 'rateCard' | 'rates'> {
  return {
    destinations: Object.hasOwn(card.rates, '*') ? '*' : Object.keys(card.rates),
    rateCard: {
      currency: card.currency,
      // The file states its minimums per destination (min_chargeable_g); no hidden default.
      minChargeableGrams: 0,
      ...(card.volumetricDivisor === null ? {} : { volumetricDivisor: card.volumetricDivisor }),
      sample: false,
      source: importedFrom(source),
    },
    rates: card.rates,
  };
}

export function withRateCard(
  channel: Channel,
  card: ImportedRateCard,
  source: ImportSource,
): Channel {
  return { ...channel, ...cardFields(card, source) };
}

export interface NewChannel {
  name: string;
  provider: string;
  platforms: ConsoleId[];
  serviceLevel: ServiceLevel;
  tracked: boolean;
  maxWeightGrams: number;
}

/** "Yun Line 2" → "local-yun-line-2", "-2", "-3" … while the id is taken. */
function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base = slugId('local', name);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function newChannel(
  form: NewChannel,
  card: ImportedRateCard,
  source: ImportSource,
  shipFrom: string,
  takenIds: ReadonlySet<string>,
): Channel {
  const name = form.name.trim();
  return {
    id: uniqueId(name, takenIds),
    // The seller names it once; the name is theirs in both languages.
    name: { en: name, 'zh-CN': name },
    provider: form.provider.trim() || name,
    platforms: form.platforms,
    serviceLevel: form.serviceLevel,
    tracked: form.tracked,
    // The import form does not ask: the common case for a forwarder's line.
    duties: 'ddu',
    postal: false,
    carrierNames: [name],
    origins: [shipFrom],
    excludedDestinations: [],
    limits: { maxWeightGrams: form.maxWeightGrams, refusedGoods: [] },
    ...cardFields(card, source),
  };
}
