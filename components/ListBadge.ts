import type { Translate } from '../utils/translate';
import { inLanguage } from '../utils/translate';
import type { OrderFacts } from '../utils/order-facts';
import type { Language } from '../utils/settings';
import type { Evaluation } from '../utils/rules/engine/types';

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
  if (evaluation.recommended) return inLanguage(evaluation.recommended.name, language);
  return facts.destinationCountry ? t('badgeNoChannel') : t('badgeNoDestination');
}

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * The compact per-row badge on list pages: recommended channel and warning count. Plain DOM
 * rather than React (UiRegistry.renderStatic): a list page shows a hundred of these, and
 * there is nothing in one to click. Page and rule text goes in as text, never as markup.
 */
export function listBadge(doc: Document, { state, language, t }: ListBadgeProps): HTMLElement {
  if (state.kind === 'unread') {
    const badge = span(doc, 'badge badge-unread', `ShipLens: ${t('badgeUnread')}`);
    badge.dataset['shiplens'] = 'badge';
    badge.title = state.reason;
    return badge;
  }
  const { facts, evaluation } = state;
  const { recommended, warnings } = evaluation;
  const open = facts.status !== 'cancelled' && facts.fulfilledBy !== 'platform';
  const worst = warnings.some((w) => w.severity === 'critical')
    ? 'critical'
    : warnings.some((w) => w.severity === 'warning')
      ? 'warning'
      : 'info';
  const badge = span(
    doc,
    `badge badge-${warnings.length > 0 ? worst : open ? 'ok' : 'closed'}`,
    headline(facts, evaluation, language, t),
  );
  badge.dataset['shiplens'] = 'badge';
  badge.dataset['orderId'] = facts.orderId;
  if (recommended) badge.dataset['channel'] = recommended.channelId;
  badge.dataset['warnings'] = String(warnings.length);
  const title = warnings.map((w) => inLanguage(w.message, language)).join('\n');
  if (title) badge.title = title;
  if (warnings.length > 0)
    badge.append(span(doc, 'badge-count', ` · ${t('badgeWarnings', { count: warnings.length })}`));
  return badge;
}
