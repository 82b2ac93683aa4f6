/**
 * The checks zod cannot do alone: unique ids, contiguous ascending weight bands, references
 * between channels, zones and policies, condition facts and value types, currencies that the
 * pack can convert, and destinations served but not priced. Each problem names its path.
 */
import { issue, type PackIssue, type PathSegment } from './issues';
import type { Channel, Condition, ConditionLeaf, CustomsRule, Policy, RulesPack } from './schema';
import { ownValue } from '../../own';
import { nameKey } from './names';
import {
  chosenFacts,
  conditionFacts,
  isConditionFact,
  listOps,
  orderedOps,
  serviceLevels,
  type FactKind,
} from './vocabulary';

type Out = PackIssue[];

const knownFacts = Object.keys(conditionFacts).join(', ');

/** ISO 3166 has no "UK": the United Kingdom is GB (Wish's own tables say UK). */
function countryProblem(code: string): string | null {
  if (code === 'UK') return 'the ISO 3166 code for the United Kingdom is "GB", not "UK"';
  return /^[A-Z]{2}$/.test(code) ? null : `"${code}" is not an ISO 3166 alpha-2 code`;
}

function checkCountries(codes: readonly string[], path: PathSegment[], out: Out): void {
  codes.forEach((code, index) => {
    const problem = countryProblem(code);
    if (problem !== null) out.push(issue([...path, index], problem));
  });
}

function checkUniqueIds(items: readonly { id: string }[], list: string, out: Out): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else out.push(issue([list, index, 'id'], `duplicate id "${item.id}" (also ${list}[${first}])`));
  });
}

function checkCurrencyRates(pack: RulesPack, out: Out): void {
  const baseRate = ownValue(pack.currencyRates.rates, pack.currencyRates.base);
  if (baseRate !== undefined && baseRate !== 1) {
    out.push(
      issue(
        ['currencyRates', 'rates', pack.currencyRates.base],
        `the base currency's rate must be 1, not ${baseRate}`,
      ),
    );
  }
}

function currencyKnown(pack: RulesPack, code: string): boolean {
  return code === pack.currencyRates.base || Object.hasOwn(pack.currencyRates.rates, code);
}

function checkCurrency(pack: RulesPack, code: string, path: PathSegment[], out: Out): void {
  if (!currencyKnown(pack, code)) {
    out.push(issue(path, `currency ${code} has no rate in currencyRates`));
  }
}

function checkZones(pack: RulesPack, out: Out): void {
  const zoneOf = new Map<string, string>();
  for (const [zone, countries] of Object.entries(pack.zones)) {
    checkCountries(countries, ['zones', zone], out);
    countries.forEach((country, index) => {
      const other = zoneOf.get(country);
      if (other === undefined) zoneOf.set(country, zone);
      else out.push(issue(['zones', zone, index], `${country} is already in zone "${other}"`));
    });
  }
}

/** Bands must start where the previous one ended, each ending above where it starts. */
function checkBands(channel: Channel, key: string, path: PathSegment[], out: Out): void {
  const entry = ownValue(channel.rates, key);
  if (entry === undefined) return;
  if (entry.minDays > entry.maxDays) {
    out.push(
      issue([...path, 'maxDays'], `maxDays ${entry.maxDays} is below minDays ${entry.minDays}`),
    );
  }
  entry.bands.forEach((band, index) => {
    const bandPath = [...path, 'bands', index];
    if (band.toGrams <= band.fromGrams) {
      out.push(
        issue(
          [...bandPath, 'toGrams'],
          `toGrams ${band.toGrams} must be above fromGrams ${band.fromGrams}`,
        ),
      );
    }
    const previous = entry.bands[index - 1];
    if (previous !== undefined && band.fromGrams !== previous.toGrams) {
      out.push(
        issue(
          [...bandPath, 'fromGrams'],
          `bands must be contiguous and ascending: expected fromGrams ${previous.toGrams} (the previous band's toGrams), got ${band.fromGrams}`,
        ),
      );
    }
  });
}

function keyProblem(pack: RulesPack, key: string): string | null {
  if (key === '*') return null;
  if (/^[A-Z]{2}$/.test(key)) return countryProblem(key);
  return Object.hasOwn(pack.zones, key) ? null : `unknown zone "${key}"`;
}

/** A destination the channel serves must resolve to a rate entry, or it could not be priced. */
function priced(pack: RulesPack, channel: Channel, country: string): boolean {
  if (Object.hasOwn(channel.rates, country) || Object.hasOwn(channel.rates, '*')) return true;
  return Object.keys(channel.rates).some(
    (key) => ownValue(pack.zones, key)?.includes(country) === true,
  );
}

function checkChannel(pack: RulesPack, channel: Channel, index: number, out: Out): void {
  const path: PathSegment[] = ['channels', index];
  checkCurrency(pack, channel.rateCard.currency, [...path, 'rateCard', 'currency'], out);
  const maxValue = channel.limits.maxDeclaredValue;
  if (maxValue !== undefined) {
    checkCurrency(
      pack,
      maxValue.currency,
      [...path, 'limits', 'maxDeclaredValue', 'currency'],
      out,
    );
  }
  if (channel.origins !== '*') checkCountries(channel.origins, [...path, 'origins'], out);
  checkCountries(channel.excludedDestinations, [...path, 'excludedDestinations'], out);
  for (const key of Object.keys(channel.rates)) {
    const problem = keyProblem(pack, key);
    if (problem !== null) out.push(issue([...path, 'rates', key], problem));
    checkBands(channel, key, [...path, 'rates', key], out);
  }
  if (channel.destinations === '*') {
    if (!Object.hasOwn(channel.rates, '*')) {
      out.push(issue([...path, 'rates'], 'destinations is "*", so rates needs a "*" entry'));
    }
    return;
  }
  channel.destinations.forEach((key, position) => {
    const destinationPath = [...path, 'destinations', position];
    const problem = keyProblem(pack, key);
    if (problem !== null) {
      out.push(issue(destinationPath, problem));
      return;
    }
    const countries = key === '*' ? [] : (ownValue(pack.zones, key) ?? [key]);
    const unpriced = countries.filter((country) => !priced(pack, channel, country));
    if (key === '*' && !Object.hasOwn(channel.rates, '*')) unpriced.push('*');
    if (unpriced.length > 0) {
      out.push(
        issue(destinationPath, `served but not priced: no rate entry for ${unpriced.join(', ')}`),
      );
    }
  });
}

function checkAliases(pack: RulesPack, out: Out): void {
  for (const [platform, aliases] of Object.entries(pack.serviceAliases)) {
    const seen = new Map<string, string>();
    for (const text of Object.keys(aliases ?? {})) {
      const key = nameKey(text);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, text);
      else
        out.push(
          issue(
            ['serviceAliases', platform, text],
            `same name as "${first}" (case and spaces are ignored)`,
          ),
        );
    }
  }
}

const jsTypeOf: Record<FactKind, 'string' | 'number' | 'boolean'> = {
  text: 'string',
  number: 'number',
  boolean: 'boolean',
  money: 'number',
  serviceLevel: 'string',
};

function checkScalar(
  value: string | number | boolean,
  kind: FactKind,
  fact: keyof typeof conditionFacts,
  path: PathSegment[],
  out: Out,
): void {
  const spec = conditionFacts[fact];
  const enumerated = 'values' in spec ? spec.values : undefined;
  const expected = jsTypeOf[kind];
  if (typeof value !== expected) {
    out.push(
      issue(
        path,
        `${fact} is a ${kind} fact: expected a ${expected}, got ${JSON.stringify(value)}`,
      ),
    );
    return;
  }
  if (typeof value !== 'string') return;
  const allowed: readonly string[] | undefined =
    kind === 'serviceLevel' ? serviceLevels : enumerated;
  if (allowed !== undefined && !allowed.includes(value)) {
    out.push(issue(path, `${fact} is one of ${allowed.join(', ')}; got "${value}"`));
  }
  const problem = 'country' in spec ? countryProblem(value) : null;
  if (problem !== null) out.push(issue(path, problem));
}

function checkLeaf(pack: RulesPack, leaf: ConditionLeaf, path: PathSegment[], out: Out): void {
  if (!isConditionFact(leaf.fact)) {
    out.push(issue([...path, 'fact'], `unknown fact "${leaf.fact}"; known facts: ${knownFacts}`));
    return;
  }
  const kind = conditionFacts[leaf.fact].kind;
  if (kind === 'money') {
    if (leaf.currency === undefined) {
      out.push(
        issue([...path, 'currency'], `${leaf.fact} is money: say which currency the value is in`),
      );
    } else checkCurrency(pack, leaf.currency, [...path, 'currency'], out);
    if (!orderedOps.has(leaf.op)) {
      out.push(issue([...path, 'op'], `${leaf.fact} is money: compare it with gt, gte, lt or lte`));
    }
  } else if (leaf.currency !== undefined) {
    out.push(
      issue([...path, 'currency'], `only money facts take a currency; ${leaf.fact} is ${kind}`),
    );
  }
  if (orderedOps.has(leaf.op) && (kind === 'text' || kind === 'boolean')) {
    out.push(
      issue(
        [...path, 'op'],
        `${leaf.op} needs a number, money or service-level fact; ${leaf.fact} is ${kind}`,
      ),
    );
    return;
  }
  const value = leaf.value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    if (listOps.has(leaf.op))
      out.push(issue([...path, 'op'], `${leaf.op} takes a list, not a fact`));
    else if (!isConditionFact(value.fact)) {
      out.push(
        issue(
          [...path, 'value', 'fact'],
          `unknown fact "${value.fact}"; known facts: ${knownFacts}`,
        ),
      );
    } else if (conditionFacts[value.fact].kind !== kind) {
      out.push(
        issue(
          [...path, 'value', 'fact'],
          `${value.fact} is ${conditionFacts[value.fact].kind}, ${leaf.fact} is ${kind}: they cannot be compared`,
        ),
      );
    }
    return;
  }
  if (listOps.has(leaf.op) !== Array.isArray(value)) {
    out.push(
      issue(
        [...path, 'value'],
        listOps.has(leaf.op)
          ? `${leaf.op} takes a list`
          : `${leaf.op} takes a single value, not a list`,
      ),
    );
    return;
  }
  const values = Array.isArray(value) ? value : [value];
  values.forEach((item, index) => {
    checkScalar(
      item,
      kind,
      leaf.fact as keyof typeof conditionFacts,
      Array.isArray(value) ? [...path, 'value', index] : [...path, 'value'],
      out,
    );
  });
}

function checkCondition(
  pack: RulesPack,
  node: Condition,
  path: PathSegment[],
  policy: Policy,
  out: Out,
): void {
  if ('all' in node)
    node.all.forEach((child, i) => checkCondition(pack, child, [...path, 'all', i], policy, out));
  else if ('any' in node)
    node.any.forEach((child, i) => checkCondition(pack, child, [...path, 'any', i], policy, out));
  else if ('not' in node) checkCondition(pack, node.not, [...path, 'not'], policy, out);
  else {
    checkLeaf(pack, node, path, out);
    if (policy.effect.kind !== 'warn' && chosenFacts.has(node.fact)) {
      out.push(
        issue(
          [...path, 'fact'],
          `a ${policy.effect.kind} rule already judges the chosen carrier; its condition cannot read ${node.fact} (use a warn rule)`,
        ),
      );
    }
  }
}

function checkMessage(policy: { message: Policy['message'] }, path: PathSegment[], out: Out): void {
  for (const language of ['en', 'zh-CN'] as const) {
    for (const match of policy.message[language].matchAll(/\{([^}]*)\}/g)) {
      const name = match[1] ?? '';
      if (!isConditionFact(name)) {
        out.push(
          issue(
            [...path, 'message', language],
            `placeholder {${name}} is not a fact; known facts: ${knownFacts}`,
          ),
        );
      }
    }
  }
}

function checkPolicy(
  pack: RulesPack,
  channels: ReadonlyMap<string, Channel>,
  policy: Policy,
  index: number,
  out: Out,
): void {
  const path: PathSegment[] = ['policies', index];
  checkCondition(pack, policy.condition, [...path, 'condition'], policy, out);
  checkMessage(policy, path, out);
  const effect = policy.effect;
  if (effect.kind === 'warn') {
    if (policy.advisory !== null) {
      out.push(
        issue([...path, 'advisory'], 'only require and forbid rules have an advisory severity'),
      );
    }
    return;
  }
  if (effect.channels === undefined && effect.serviceLevels === undefined) {
    out.push(
      issue([...path, 'effect'], `a ${effect.kind} effect needs channels, serviceLevels or both`),
    );
  }
  effect.channels?.forEach((id, position) => {
    const channel = channels.get(id);
    if (channel === undefined)
      out.push(issue([...path, 'effect', 'channels', position], `unknown channel "${id}"`));
    else if (!channel.platforms.includes(policy.platform)) {
      out.push(
        issue(
          [...path, 'effect', 'channels', position],
          `channel "${id}" is not offered on ${policy.platform}`,
        ),
      );
    }
  });
}

/** Destinations resolve, money is convertible, dates run forward, placeholders are facts. */
function checkCustoms(pack: RulesPack, rule: CustomsRule, index: number, out: Out): void {
  const path: PathSegment[] = ['customs', index];
  rule.destinations.forEach((key, position) => {
    const problem = keyProblem(pack, key);
    if (problem !== null) out.push(issue([...path, 'destinations', position], problem));
  });
  if (rule.until !== undefined && rule.until <= rule.from)
    out.push(issue([...path, 'until'], `until ${rule.until} is not after from ${rule.from}`));
  checkMessage(rule, path, out);
  rule.charges.forEach((charge, position) => {
    for (const field of ['perItemCategory', 'upTo', 'above'] as const) {
      const money = charge[field];
      if (money !== undefined)
        checkCurrency(pack, money.currency, [...path, 'charges', position, field, 'currency'], out);
    }
  });
}

export function checkPack(pack: RulesPack): PackIssue[] {
  const out: Out = [];
  checkCurrencyRates(pack, out);
  checkZones(pack, out);
  checkUniqueIds(pack.channels, 'channels', out);
  pack.channels.forEach((channel, index) => checkChannel(pack, channel, index, out));
  checkAliases(pack, out);
  checkUniqueIds(pack.policies, 'policies', out);
  // First of each id, as `find` would answer; a map keeps 10,000 channels × policies linear.
  const channels = new Map<string, Channel>();
  for (const channel of pack.channels)
    if (!channels.has(channel.id)) channels.set(channel.id, channel);
  pack.policies.forEach((policy, index) => checkPolicy(pack, channels, policy, index, out));
  checkUniqueIds(pack.customs, 'customs', out);
  pack.customs.forEach((rule, index) => checkCustoms(pack, rule, index, out));
  return out;
}
