import type { ReactNode } from 'react';
import { inLanguage, type Translate } from '../../utils/i18n';
import type { ActiveRules } from '../../utils/layers/active-pack';
import type { PageState } from '../../utils/messaging';
import type { TabView } from '../../utils/popup/current-tab';
import type { LocalizedText } from '../../utils/rules/engine/types';
import type { Language, Settings } from '../../utils/settings';
import { LayerBadge } from '../options/LayerBadge';
import { ReportPageButton } from '../ReportPageButton';
import { formatAge, formatDate, formatDateTime } from '../extension-pages/dates';
import { consoleLabel, factLabel, joinList, pageKindLabel } from '../extension-pages/labels';

interface PopupViewProps {
  t: Translate;
  language: Language;
  now: Date;
  /** null while the tab has not answered yet. */
  tab: TabView | null;
  settings: Settings;
  active: ActiveRules;
  feedError: { message: LocalizedText; at: string } | null;
  onOpenOptions(): void;
  /** The tab's console's tallies below target (ComplianceAlerts), if any. */
  compliance?: ReactNode;
  /** "Report this page": saves the tab's page, scrubbed; resolves with the file's name. */
  onReport(): Promise<string>;
}

function OrderSummary({
  state,
  active,
  t,
  language,
}: {
  state: PageState;
  active: ActiveRules;
  t: Translate;
  language: Language;
}) {
  const { order } = state;
  if (!order) {
    if (state.pageKind === 'order-list') return <p>{t('popupRows', { count: state.rows })}</p>;
    return <p className="muted">{state.pageKind ? t('popupWaiting') : t('popupNotOrderPage')}</p>;
  }
  if (!order.read) {
    return (
      <p className="notice error" data-testid="popup-order" data-read="false">
        {t('popupOrderNotRead', { reason: order.reason ?? '' })}
      </p>
    );
  }
  const channel = active.pack.channels.find((candidate) => candidate.id === order.recommended);
  return (
    <div data-testid="popup-order" data-read="true" data-channel={order.recommended ?? ''}>
      <p>
        <strong>
          {order.orderId ? t('popupOrder', { id: order.orderId }) : t('popupOrderRead')}
        </strong>{' '}
        <span className="badge local">{t('popupOrderRead')}</span>
      </p>
      {order.missing.length > 0 && (
        <p className="muted small">
          {t('missingFacts', {
            facts: joinList(
              order.missing.map((fact) => factLabel(fact, t)),
              language,
            ),
          })}
        </p>
      )}
      <p className="recommendation" data-testid="popup-recommendation">
        {order.recommended
          ? t('popupRecommended', {
              channel: channel ? inLanguage(channel.name, language) : order.recommended,
            })
          : noRecommendation(order, t)}
      </p>
      <p className={order.warnings > 0 ? 'error-text' : 'muted'}>
        {order.warnings > 0 ? t('popupWarnings', { count: order.warnings }) : t('popupNoWarnings')}
      </p>
    </div>
  );
}

/** Why there is no recommendation, in the words the order panel uses. */
function noRecommendation(order: NonNullable<PageState['order']>, t: Translate): string {
  if (order.platformShips) return t('popupPlatformShips');
  if (order.missing.includes('destinationCountry')) return t('readingDestinationMissing');
  return t('popupNoRecommendation');
}

function TabSection({
  tab,
  settings,
  active,
  t,
  language,
  onReport,
}: Pick<PopupViewProps, 'tab' | 'settings' | 'active' | 't' | 'language' | 'onReport'>) {
  if (!tab) return <p className="muted">{t('loading')}</p>;
  if (tab.kind === 'not-console')
    return <p data-testid="popup-not-console">{t('popupNotConsole')}</p>;
  const { state } = tab;
  const name = consoleLabel(state.console, t);
  if (settings.disabledConsoles.includes(state.console)) {
    return <p className="notice">{t('popupConsoleOff', { console: name })}</p>;
  }
  return (
    <>
      <p
        className="where"
        data-testid="popup-where"
        data-console={state.console}
        data-page-kind={state.pageKind ?? ''}
      >
        <strong>{name}</strong>
        {state.pageKind && <span className="muted"> · {pageKindLabel(state.pageKind, t)}</span>}
      </p>
      <OrderSummary state={state} active={active} t={t} language={language} />
      {state.errors.length > 0 && (
        <div className="notice">
          <strong>{t('popupProblems')}</strong>
          <ul>
            {state.errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <ReportPageButton t={t} onReport={onReport} />
    </>
  );
}

/** The popup: what ShipLens sees on the current tab, and the rules it is using. */
export function PopupView(props: PopupViewProps) {
  const { t, language, now, active, feedError, onOpenOptions } = props;
  return (
    <div className="popup">
      <header className="popup-head">
        <div className="brand" aria-hidden="true">
          SL
        </div>
        <h1>ShipLens</h1>
        <button type="button" className="button quiet" onClick={onOpenOptions}>
          {t('optionsLink')}
        </button>
      </header>
      <section aria-labelledby="popup-tab">
        <h2 id="popup-tab">{t('popupThisTab')}</h2>
        <TabSection {...props} />
      </section>
      {props.compliance}
      <section aria-labelledby="popup-rules" data-testid="popup-rules">
        <h2 id="popup-rules">{t('popupRules')}</h2>
        <p className="mono" data-testid="popup-pack-version">
          {active.pack.version}
        </p>
        <p className="muted small">
          {/* A pack dated after today's clock has no age worth showing. */}
          {active.pack.published <= now.toISOString()
            ? t('popupPublished', {
                date: formatDate(active.pack.published, language),
                age: formatAge(active.pack.published, now, language),
              })
            : formatDate(active.pack.published, language)}
        </p>
        <p className="layers">
          {active.layers.map((layer) => (
            <LayerBadge key={layer} layer={layer} t={t} />
          ))}
        </p>
        {feedError && (
          <p className="notice error small">
            {t('popupFeedError', {
              when: formatDateTime(feedError.at, language),
              error: inLanguage(feedError.message, language),
            })}
          </p>
        )}
        {active.problems.map((problem, index) => (
          <p key={index} className="notice error small">
            {inLanguage(problem, language)}
          </p>
        ))}
      </section>
    </div>
  );
}
