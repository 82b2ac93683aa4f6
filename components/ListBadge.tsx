import type { Translate } from '../utils/translate';
import { localized } from '../utils/translate';
import type { OrderFacts } from '../utils/order-facts';
import type { Language } from '../utils/settings';
import type { Evaluation } from '../utils/rules/types';

export type BadgeState =
  { kind: 'unread'; reason: string } | { kind: 'ready'; facts: OrderFacts; evaluation: Evaluation };

interface ListBadgeProps {
  state: BadgeState;
  language: Language;
  t: Translate;
}

/** What the badge says before its warning count: what the seller should do with this row. */
function headline(facts: OrderFacts, evaluation: Evaluation, language: Language, t: Translate) {
  if (facts.fulfilledBy === 'platform') return t('badgePlatform');
  if (facts.status === 'cancelled') return t('badgeCancelled');
  if (facts.status === 'shipped' || facts.status === 'delivered') return t('badgeShipped');
  if (evaluation.recommended) return localized(evaluation.recommended.name, language);
  return facts.destinationCountry ? t('badgeNoChannel') : t('badgeNoDestination');
}

/** The compact per-row badge on list pages: recommended channel and warning count. */
export function ListBadge({ state, language, t }: ListBadgeProps) {
  if (state.kind === 'unread') {
    return (
      <span className="badge badge-unread" data-shiplens="badge" title={state.reason}>
        ShipLens: {t('badgeUnread')}
      </span>
    );
  }
  const { facts, evaluation } = state;
  const { recommended, warnings } = evaluation;
  const open = facts.status !== 'cancelled' && facts.fulfilledBy !== 'platform';
  const worst = warnings.some((w) => w.severity === 'critical')
    ? 'critical'
    : warnings.some((w) => w.severity === 'warning')
      ? 'warning'
      : 'info';
  return (
    <span
      className={`badge badge-${warnings.length > 0 ? worst : open ? 'ok' : 'closed'}`}
      data-shiplens="badge"
      data-order-id={facts.orderId}
      data-channel={recommended?.channelId}
      data-warnings={warnings.length}
      title={warnings.map((w) => localized(w.message, language)).join('\n') || undefined}
    >
      {headline(facts, evaluation, language, t)}
      {warnings.length > 0 && (
        <span className="badge-count"> · {t('badgeWarnings', { count: warnings.length })}</span>
      )}
    </span>
  );
}
