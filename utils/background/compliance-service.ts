/**
 * The background's side of the compliance ledger and the first-leg planner: content scripts
 * report shipments and ask for nudges and first-leg plans here, since only the extension's
 * origin opens the database (utils/db.ts).
 */
import { applyRetention, readLedger, recordShipments } from '../compliance/ledger-store';
import { nudgesFor } from '../compliance/nudge';
import type { ShipLensDb } from '../db';
import type { Handler } from '../messaging';
import { firstLegAdvice, FirstLegPlanSchema } from '../rules/engine/first-leg';
import type { RulesPack } from '../rules/pack/schema';
import type { Settings } from '../settings';

export interface ActiveRules {
  db: ShipLensDb | null;
  pack: RulesPack;
  settings: Settings;
}

export function createComplianceService(
  active: () => Promise<ActiveRules>,
  now: () => Date = () => new Date(),
) {
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
      return nudgesFor(order, rows, pack, now());
    },
    'plan-first-leg': async (request) => {
      const { pack, settings } = await active();
      const plan = FirstLegPlanSchema.safeParse(request.plan);
      if (!plan.success) {
        throw new Error(
          plan.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
        );
      }
      return firstLegAdvice(plan.data, pack, settings.currency);
    },
  };
  return { handlers };
}
