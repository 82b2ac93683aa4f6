/**
 * The rules command line, for the people who maintain rules packs (README "The rules command line"):
 * validate a pack with every error at its JSON path and line:column, explain what a pack
 * recommends for an order given as JSON, cost an FBA first leg, and audit how old each rule's check is. Runs with `npx tsx scripts/rules-cli.ts …` (or
 * `npm run rules -- …`); exit 0 = fine, 1 = the input is wrong, 2 = the command is wrong.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { OrderFactsSchema, type OrderFacts } from '../utils/order-facts';
import { defaultPack } from '../utils/rules/pack/bundled-pack';
import { evaluate, type EvaluateInput } from '../utils/rules/engine/engine';
import { FirstLegPlanSchema, planFirstLeg } from '../utils/rules/engine/first-leg';
import { issuesFromZod, type PackIssue } from '../utils/rules/pack/issues';
import { parsePack } from '../utils/rules/pack/parse';
import { overlayPacks } from '../utils/rules/pack/overlay';
import {
  goodsKinds,
  type FirstLegChannel,
  type GoodsKind,
  type RulesPack,
} from '../utils/rules/pack/schema';
import { firstLegChannels, previewFirstLegCard } from '../utils/import/first-leg-csv';
import { SettingsSchema } from '../utils/settings';
import { parseJsonWithPositions, type Position } from './json-positions';
import { processIo, runWhenMain, UsageError, withUsageErrors } from './lib/command-line';
import { auditPack, formatAudit } from './rules-audit';
import defaultPackJson from '../public/rules/default-pack.json';

export const help = `ShipLens rules command line

Usage:
  rules validate <pack.json>
  rules explain <pack.json|default> <order.json> [options]
  rules first-leg <plan.json> [--pack <pack.json>] [--card <card.csv>]… [--currency CODE]
  rules audit <pack.json|default> [--now ISO-TIME]

validate   Check a rules pack: schema, then cross-checks (ids, weight bands, references,
           condition facts, currencies). Prints a one-line summary, or every error as
           file:line:column: path: message.
explain    Evaluate an order (OrderFacts JSON) against a pack ("default" = the bundled one)
           and print the full Evaluation as JSON.
first-leg  Cost an Amazon FBA first leg (cartons, destination, dates) on every first-leg
           line of a pack (default: the bundled one) and print the recommendation and
           every option as JSON, cheapest that arrives by neededBy first. --card adds a
           forwarder's first-leg card (CSV, docs/rate-card-csv.md) on top of the pack, as
           the options page imports it; a card with a bad row is refused, every row named.
audit      List every policy, platform-routed rule and channel by the day it was last
           checked against its source (oldest first), with that source and its
           confidence; those checked 12 months or more before --now (default: today)
           are marked "may be out of date". Fails when a policy lacks a source address
           or a verifiedAt date, or the pack does not validate.

Options for explain:
  --ship-from CC              ship-from country when the order does not say (default CN)
  --objective NAME            cheapest | fastest | balanced (default balanced)
  --currency CODE             display currency (default USD)
  --now ISO-TIME              evaluation time (default: the current time)
  --carrier NAME              carrier chosen on the ship form
  --tracking NUMBER           tracking number entered (repeatable)
  --tracking-match VALUE      match | mismatch | unknown: does the number fit the carrier
  --sku-weight SKU=GRAMS      grams per unit for a SKU (repeatable)
  --dimensions LxWxH          parcel size in cm, e.g. 30x20x10
  --goods LIST                contents, comma-separated: ${goodsKinds.join(', ')}
  --disable-channel ID        leave a channel out (repeatable)
  --disable-policy ID         leave a policy out (repeatable)
  -h, --help                  show this text

Exit status: 0 ok, 1 invalid pack or order (or a rule without source or date), 2 usage error.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readText: (file: string) => string;
}

type Loaded =
  | { ok: true; value: unknown; positionOf: (path: PackIssue['segments']) => Position }
  | { ok: false };

/** Read and parse a JSON file, reporting a syntax error at its line:column. */
function loadJson(file: string, io: Io): Loaded {
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    io.err(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false };
  }
  const parsed = parseJsonWithPositions(text);
  if (parsed.ok) return parsed;
  io.err(
    `${file}:${parsed.position.line}:${parsed.position.column}: JSON syntax error: ${parsed.message}`,
  );
  return { ok: false };
}

function reportIssues(
  file: string,
  issues: readonly PackIssue[],
  loaded: Loaded & { ok: true },
  io: Io,
): void {
  for (const problem of issues) {
    const { line, column } = loaded.positionOf(problem.segments);
    io.err(`${file}:${line}:${column}: ${problem.path || '(document)'}: ${problem.message}`);
  }
  io.err(`${issues.length} error${issues.length === 1 ? '' : 's'} in ${file}`);
}

function loadPack(file: string, io: Io): RulesPack | null {
  const loaded = loadJson(file, io);
  if (!loaded.ok) return null;
  const parsed = parsePack(loaded.value);
  if (parsed.ok) return parsed.pack;
  reportIssues(file, parsed.errors, loaded, io);
  return null;
}

function validate(args: readonly string[], io: Io): number {
  const [file] = args;
  if (file === undefined || args.length > 1) throw new UsageError('validate takes one pack file');
  const pack = loadPack(file, io);
  if (pack === null) return 1;
  io.out(
    `${file}: valid rules pack "${pack.id}" version ${pack.version} (schemaVersion ${pack.schemaVersion}, published ${pack.published}): ${pack.channels.length} channels, ${pack.policies.length} policies`,
  );
  return 0;
}

function loadOrder(file: string, io: Io): OrderFacts | null {
  const loaded = loadJson(file, io);
  if (!loaded.ok) return null;
  const parsed = OrderFactsSchema.safeParse(loaded.value);
  if (parsed.success) return parsed.data;
  io.err(`${file} is not an order (OrderFacts):`);
  reportIssues(file, issuesFromZod(parsed.error.issues, loaded.value), loaded, io);
  return null;
}

function keyValues(list: readonly string[], what: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of list) {
    const match = /^(.+)=(\d+(?:\.\d+)?)$/.exec(entry);
    if (match === null) throw new UsageError(`${what} expects SKU=GRAMS, got "${entry}"`);
    out[match[1] ?? ''] = Number(match[2]);
  }
  return out;
}

function dimensions(value: string | undefined): EvaluateInput['dimensionsCm'] {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$/.exec(value);
  if (match === null) throw new UsageError(`--dimensions expects LxWxH in cm, got "${value}"`);
  return { lengthCm: Number(match[1]), widthCm: Number(match[2]), heightCm: Number(match[3]) };
}

function goods(value: string | undefined): GoodsKind[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const item of list) {
    if (!(goodsKinds as readonly string[]).includes(item))
      throw new UsageError(`--goods: unknown kind "${item}" (known: ${goodsKinds.join(', ')})`);
  }
  return list as GoodsKind[];
}

function trackingMatch(value: string | undefined): 'match' | 'mismatch' | 'unknown' {
  if (value === undefined) return 'unknown';
  if (value === 'match' || value === 'mismatch' || value === 'unknown') return value;
  throw new UsageError(`--tracking-match is match, mismatch or unknown; got "${value}"`);
}

function explain(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      'ship-from': { type: 'string' },
      objective: { type: 'string' },
      currency: { type: 'string' },
      now: { type: 'string' },
      carrier: { type: 'string' },
      tracking: { type: 'string', multiple: true },
      'tracking-match': { type: 'string' },
      'sku-weight': { type: 'string', multiple: true },
      dimensions: { type: 'string' },
      goods: { type: 'string' },
      'disable-channel': { type: 'string', multiple: true },
      'disable-policy': { type: 'string', multiple: true },
    },
  });
  const [packFile, orderFile] = positionals;
  if (packFile === undefined || orderFile === undefined || positionals.length > 2) {
    throw new UsageError('explain takes a pack file (or "default") and an order file');
  }
  const settings = SettingsSchema.safeParse({
    shipFromCountry: values['ship-from'],
    objective: values.objective,
    currency: values.currency,
    disabledChannels: values['disable-channel'],
    disabledPolicies: values['disable-policy'],
  });
  if (!settings.success) {
    throw new UsageError(
      settings.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not a date: "${values.now}"`);
  const input = {
    dimensionsCm: dimensions(values.dimensions),
    goods: goods(values.goods),
    skuWeights: keyValues(values['sku-weight'] ?? [], '--sku-weight'),
    trackingCarrierMatch: trackingMatch(values['tracking-match']),
  };
  const pack = packFile === 'default' ? defaultPack : loadPack(packFile, io);
  const facts = loadOrder(orderFile, io);
  if (pack === null || facts === null) return 1;
  const formGiven =
    values.carrier !== undefined ||
    values.tracking !== undefined ||
    values['tracking-match'] !== undefined;
  const evaluation = evaluate({
    facts,
    pack,
    settings: settings.data,
    now,
    skuWeights: input.skuWeights,
    ...(formGiven
      ? {
          form: {
            chosenCarrier: values.carrier ?? null,
            trackingNumbers: values.tracking ?? [],
            trackingCarrierMatch: input.trackingCarrierMatch,
          },
        }
      : {}),
    ...(input.dimensionsCm === undefined ? {} : { dimensionsCm: input.dimensionsCm }),
    ...(input.goods === undefined ? {} : { goods: input.goods }),
  });
  io.out(JSON.stringify(evaluation, null, 2));
  return 0;
}

function firstLeg(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      pack: { type: 'string' },
      card: { type: 'string', multiple: true },
      currency: { type: 'string' },
    },
  });
  const [planFile] = positionals;
  if (planFile === undefined || positionals.length > 1) {
    throw new UsageError('first-leg takes one plan file');
  }
  const currency = values.currency ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency))
    throw new UsageError(`--currency is not ISO 4217: "${currency}"`);
  const base = values.pack === undefined ? defaultPack : loadPack(values.pack, io);
  const loaded = loadJson(planFile, io);
  if (base === null || !loaded.ok) return 1;
  const plan = FirstLegPlanSchema.safeParse(loaded.value);
  if (!plan.success) {
    io.err(`${planFile} is not a first-leg plan:`);
    reportIssues(planFile, issuesFromZod(plan.error.issues, loaded.value), loaded, io);
    return 1;
  }
  const pack = withFirstLegCards(base, values.card ?? [], plan.data.origin, io);
  if (pack === null) return 1;
  io.out(JSON.stringify(planFirstLeg(plan.data, pack, currency), null, 2));
  return 0;
}

/**
 * The pack with forwarders' first-leg cards on top, read and placed as the options page
 * does (the same importer, the local layer of the same overlay); rows that name no origin
 * ship from the plan's origin. Null, with every bad row named, when a card has one.
 */
function withFirstLegCards(
  pack: RulesPack,
  files: readonly string[],
  shipFrom: string,
  io: Io,
): RulesPack | null {
  if (files.length === 0) return pack;
  const currencies = [pack.currencyRates.base, ...Object.keys(pack.currencyRates.rates)];
  const at = new Date();
  let lines: FirstLegChannel[] = [];
  let bad = false;
  for (const file of files) {
    let text: string;
    try {
      text = io.readText(file);
    } catch (error) {
      io.err(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
      bad = true;
      continue;
    }
    const preview = previewFirstLegCard(text, { currencies, shipFrom });
    for (const error of preview.errors) io.err(`${file}:${error.line}: ${error.message.en}`);
    bad ||= preview.errors.length > 0;
    const imported = firstLegChannels(preview.items, { fileName: basename(file), at });
    // A later card replaces an earlier one's line of the same id, as a later import does.
    const ids = new Set(imported.map((line) => line.id));
    lines = [...lines.filter((line) => !ids.has(line.id)), ...imported];
  }
  if (bad) return null;
  const local = { updatedAt: at.toISOString(), channels: [], policies: [], firstLeg: lines };
  return overlayPacks(pack, [], local).pack;
}

function audit(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { now: { type: 'string' } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1)
    throw new UsageError('audit takes one pack file (or "default")');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not a date: "${values.now}"`);
  const loaded: Loaded =
    file === 'default'
      ? { ok: true, value: defaultPackJson, positionOf: () => ({ line: 1, column: 1 }) }
      : loadJson(file, io);
  if (!loaded.ok) return 1;
  const result = auditPack(loaded.value, now);
  for (const line of formatAudit(result)) io.out(line);
  for (const problem of result.problems) io.err(`${file}: ${problem}`);
  const parsed = parsePack(loaded.value);
  if (!parsed.ok) reportIssues(file, parsed.errors, loaded, io);
  return result.problems.length === 0 && parsed.ok ? 0 : 1;
}

/** Run one command; returns the exit status. */
export function runCli(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  return withUsageErrors('rules', io.err, () => {
    if (
      command === undefined ||
      command === '-h' ||
      command === '--help' ||
      rest.includes('--help') ||
      rest.includes('-h')
    ) {
      io.out(help);
      return command === undefined ? 2 : 0;
    }
    if (command === 'validate') return validate(rest, io);
    if (command === 'explain') return explain(rest, io);
    if (command === 'first-leg') return firstLeg(rest, io);
    if (command === 'audit') return audit(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  });
}

runWhenMain(import.meta.url, (argv) => runCli(argv, processIo));
