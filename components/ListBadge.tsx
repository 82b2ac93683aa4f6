import type { Translate } from '../utils/i18n';
import { localized } from '../utils/i18n';
import type { Language } from '../utils/settings';
import type { Evaluation } from '../utils/rules/types';

export type BadgeState =
  | { kind: 'unread'; reason: string }
  | { kind: 'ready'; orderId: string; evaluation: Evaluation };

interface ListBadgeProps {
  state: BadgeState;
  language: Language;
  t: Translate;
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
  const { recommended, warnings } = state.evaluation;
  const worst = warnings.some((w) => w.severity === 'critical')
    ? 'critical'
    : warnings.some((w) => w.severity === 'warning')
      ? 'warning'
      : 'info';
  return (
    <span
      className={`badge badge-${warnings.length > 0 ? worst : 'ok'}`}
      data-shiplens="badge"
      data-order-id={state.orderId}
      data-channel={recommended?.channelId}
      data-warnings={warnings.length}
      title={warnings.map((w) => localized(w.message, language)).join('\n') || undefined}
    >
      {recommended ? localized(recommended.name, language) : t('badgeNoChannel')}
      {warnings.length > 0 && (
        <span className="badge-count"> · {t('badgeWarnings', { count: warnings.length })}</span>
      )}
    </span>
  );
}
