import { ComplianceNudge } from '../../../components/ComplianceNudge';
import type { NudgeLine } from '../../../components/compliance-text';
import { send } from '../../messaging';
import { BackgroundAnswers } from '../background-answers';
import type { Feature } from '../feature';

const KEY = 'compliance-nudge';

/**
 * Next to the panel of an order still to ship: the tallies below target this order falls
 * under ("UK SpeedPAK share, last 14 days: 48% of 25 shipments, target 60% — ship this one
 * with SpeedPAK"). The background computes them from the ledger (docs/compliance.md).
 */
export function createComplianceNudge(): Feature {
  const answers = new BackgroundAnswers<NudgeLine[]>();
  return {
    id: 'compliance-nudge',
    pages: ['order-detail', 'ship-form'],
    run(ctx) {
      const { order, panel } = ctx.page;
      const facts = order?.ok ? order.facts : null;
      const toShip =
        facts !== null &&
        (facts.status === 'unshipped' || facts.status === 'unknown') &&
        facts.fulfilledBy !== 'platform';
      if (!panel || !facts || !toShip) {
        ctx.ui.prune(KEY, new Set());
        return;
      }
      const question = {
        type: 'compliance-nudges' as const,
        console: facts.console,
        destination: facts.destinationCountry,
        origin: facts.shipFromCountry,
        orderValue: facts.orderValue,
      };
      const answer = answers.read(JSON.stringify(question), () => send(question), ctx.schedule);
      if (!answer?.ok || answer.value.length === 0) {
        ctx.ui.prune(KEY, new Set());
        return;
      }
      ctx.ui.render(KEY, 'nudge', panel.mount, <ComplianceNudge lines={answer.value} />);
    },
  };
}
