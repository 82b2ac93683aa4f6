import { FirstLegAdvice } from '../../../components/FirstLegAdvice';
import { send } from '../../messaging';
import type { Replies } from '../../messaging';
import { BackgroundAnswers } from '../background-answers';
import type { Feature } from '../feature';

const KEY = 'first-leg';

/**
 * On Amazon's Send to Amazon pages: the first-leg recommendation for the shipment the page
 * shows (boxes, weight, volume, ship date), costed by the background with the active pack
 * (docs/first-leg.md).
 */
export function createFbaFirstLeg(): Feature {
  const answers = new BackgroundAnswers<Replies['plan-inbound']>();
  return {
    id: 'fba-first-leg',
    pages: ['fba-inbound'],
    run(ctx) {
      const { inbound, inboundMount } = ctx.page;
      if (!inboundMount || !inbound) {
        ctx.ui.prune(KEY, new Set());
        return;
      }
      if (!inbound.ok) {
        ctx.ui.render(
          KEY,
          'first-leg',
          inboundMount,
          <p className="panel notice" data-shiplens="first-leg-unread">
            {ctx.t('complianceFirstLegUnread', { reason: inbound.reason })}
          </p>,
        );
        return;
      }
      // The background reads the figures, plans and words the advice (compliance-service.ts).
      const { page } = inbound;
      const answer = answers.read(
        JSON.stringify(page),
        () => send({ type: 'plan-inbound', page }),
        ctx.schedule,
      );
      ctx.ui.render(
        KEY,
        'first-leg',
        inboundMount,
        <section className="panel">
          <h2 className="panel-title">{ctx.t('complianceFirstLegTitle')}</h2>
          {answer === null ? (
            <p className="muted">{ctx.t('complianceFirstLegWaiting')}</p>
          ) : answer.ok ? (
            <>
              <p className="muted">{answer.value.shipment}</p>
              <FirstLegAdvice view={answer.value.view} />
            </>
          ) : (
            <p className="notice">{answer.error}</p>
          )}
        </section>,
      );
    },
  };
}
