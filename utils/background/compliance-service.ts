/**
 * The background's side of the compliance ledger and the first-leg planner: content scripts
 * report shipments and ask for nudges and first-leg plans here, since only the extension's
 * origin opens the database (utils/db.ts).
 */
import { nudgeLine } from '../../components/compliance-text';
import { firstLegView } from '../../components/first-leg-view';
import { applyRetention, readLedger, recordShipments } from '../compliance/ledger-store';
import { nudgesFor } from '../compliance/nudge';
import type { ShipLensDb } from '../db';
import { translator } from '../i18n';
import type { Handler } from '../messaging';
import { shipmentOf } from '../consoles/amazon/inbound';
import { InboundPageSchema, planFromInbound } from '../consoles/inbound';
import { firstLegAdvice, FirstLegPlanSchema } from '../rules/engine/first-leg';
import type { RulesPack } from '../rules/pack/schema';
import type { Settings } from '../settings';

export interface ActiveRules {
  db: ShipLensDb | null;
  pack: RulesPack;
  settings: Settings;
}

const issuesText = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');

export function createComplianceService(
  active: () => Promise<ActiveRules>,
  now: () => Date = () => new Date(),
) {
  /** A plan costed with the active pack, worded in the seller's language. */
  async function planView(input: unknown) {
    const { pack, settings } = await active();
    const plan = FirstLegPlanSchema.safeParse(input);
    if (!plan.success) throw new Error(issuesText(plan.error.issues));
    const advice = firstLegAdvice(plan.data, pack, settings.currency);
    return firstLegView(advice, settings.language, translator(settings.language));
  }

  const handlers: Partial<Handler> = {
    'record-shipments': async (request) => {
      const { db, pack, settings } = await active();
      if (!db) throw new Error('Shipments not recorded: the database could not be opened');
      const added = await recordShipments(
        db,
        request.shipments,
        pack,
        now(),
        settings.shipFromCountry,
      );
      await applyRetention(db, settings.ledgerRetentionDays, now());
      return { added };
    },
    'compliance-nudges': async ({ console: consoleId, destination, origin, orderValue }) => {
      const { db, pack, settings } = await active();
      if (!db) return [];
      const rows = await readLedger(db, consoleId);
      const order = {
        console: consoleId,
        destination,
        origin: origin ?? settings.shipFromCountry,
        orderValue,
      };
      // Worded here, in the seller's language: the content script only draws the lines.
      const t = translator(settings.language);
      return nudgesFor(order, rows, pack, now()).map((tally) =>
        nudgeLine(tally, settings.language, t),
      );
    },
    'plan-first-leg': (request) => planView(request.plan),
    // Only Amazon has inbound pages: its page texts are parsed here, not in the tab.
    'plan-inbound': async (request) => {
      const page = InboundPageSchema.safeParse(request.page);
      if (!page.success) throw new Error(issuesText(page.error.issues));
      const read = shipmentOf(page.data);
      if (!read.ok) throw new Error(read.reason);
      const { shipment } = read;
      const { settings } = await active();
      const t = translator(settings.language);
      return {
        shipment: t('complianceFirstLegShipment', {
          boxes: shipment.boxes,
          kg: shipment.weightKg,
          cbm: shipment.volumeCbm,
          destination: shipment.destinationCountry,
        }),
        view: await planView(planFromInbound(shipment, now().toISOString().slice(0, 10), null)),
      };
    },
  };
  return { handlers };
}
