import type { Translate } from '../utils/translate';
import { inLanguage } from '../utils/translate';
import type { OrderFacts } from '../utils/order-facts';
import type { Language } from '../utils/settings';
import type { Evaluation } from '../utils/rules/engine/types';
import { ChannelLine } from './ChannelLine';
import { WarningList } from './WarningList';
import { WeightPrompt } from './WeightPrompt';
import { levelLabel } from './format';
import { countryName, factLabel } from './extension-pages/labels';
import { DestinationLine, basisText } from './DestinationLine';
import { ReportPageButton } from './ReportPageButton';

export type PanelState =
  | { kind: 'unread'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; facts: OrderFacts; evaluation: Evaluation };

interface OrderPanelProps {
  state: PanelState;
  language: Language;
  t: Translate;
  storageError: string | null;
  /** On ship forms the warnings live next to the form (they follow what is typed there). */
  warningsNextToForm?: boolean;
  /** Beside the order (`inline`), or fixed to the window's edge when the page gave no place. */
  placement?: 'inline' | 'docked';
  /** A docked panel folded away to its title bar. */
  collapsed?: boolean;
  onToggleCollapsed?: () => void;
  /** Save this page, scrubbed, for a bug report (offered when the order cannot be read). */
  onReport?: () => Promise<string>;
  onSaveWeight: (sku: string, grams: number) => Promise<void>;
}

/** The panel next to an order: recommendation, alternatives, warnings, what was ruled out. */
export function OrderPanel(props: OrderPanelProps) {
  const { state, language, t, storageError, warningsNextToForm = false, onSaveWeight } = props;
  const { placement = 'inline', collapsed = false, onToggleCollapsed, onReport } = props;
  const ready = state.kind === 'ready' ? state : null;
  const docked = placement === 'docked';
  return (
    <section
      className={`panel panel-${placement}${collapsed ? ' panel-collapsed' : ''}`}
      data-shiplens="panel"
      data-state={state.kind}
      data-placement={placement}
      data-order-id={ready?.facts.orderId}
      data-destination={ready?.facts.destinationCountry ?? undefined}
      data-destination-source={destinationSource(ready?.facts)}
      data-channel={ready?.evaluation.recommended?.channelId}
      aria-label={t('panelTitle')}
    >
      <h2 className="panel-title">
        {t('panelTitle')}
        {docked && collapsed && ready?.evaluation.recommended && (
          <span className="muted">
            {' · '}
            {inLanguage(ready.evaluation.recommended.name, language)}
            {ready.evaluation.warnings.length > 0 &&
              ` · ${t('badgeWarnings', { count: ready.evaluation.warnings.length })}`}
          </span>
        )}
        {docked && onToggleCollapsed && (
          <button
            type="button"
            className="panel-fold"
            data-shiplens="panel-fold"
            aria-expanded={!collapsed}
            onClick={onToggleCollapsed}
          >
            {collapsed ? t('panelUnfold') : t('panelFold')}
          </button>
        )}
      </h2>
      {!collapsed && (
        <PanelBody
          state={state}
          language={language}
          t={t}
          storageError={storageError}
          warningsNextToForm={warningsNextToForm}
          onReport={onReport}
          onSaveWeight={onSaveWeight}
        />
      )}
    </section>
  );
}

type PanelBodyProps = Pick<
  OrderPanelProps,
  'state' | 'language' | 't' | 'storageError' | 'onReport' | 'onSaveWeight'
> & { warningsNextToForm: boolean };

function PanelBody(props: PanelBodyProps) {
  const { state, language, t, storageError, warningsNextToForm, onReport, onSaveWeight } = props;
  const ready = state.kind === 'ready' ? state : null;
  return (
    <>
      {storageError && <p className="notice">{t('storageError', { error: storageError })}</p>}
      {state.kind === 'unread' && (
        <div className="notice" data-shiplens="unread">
          <strong>{t('orderNotRead')}</strong>
          <p>{state.reason}</p>
          <p className="muted">{t('orderNotReadHint')}</p>
          {onReport && <ReportPageButton t={t} onReport={onReport} />}
        </div>
      )}
      {state.kind === 'error' && (
        <p className="notice">{t('rulesUnavailable', { error: state.message })}</p>
      )}
      {ready && (
        <ReadyBody
          facts={ready.facts}
          evaluation={ready.evaluation}
          language={language}
          t={t}
          warningsNextToForm={warningsNextToForm}
          onSaveWeight={onSaveWeight}
        />
      )}
    </>
  );
}

interface ReadyBodyProps {
  facts: OrderFacts;
  evaluation: Evaluation;
  language: Language;
  t: Translate;
  warningsNextToForm: boolean;
  onSaveWeight: (sku: string, grams: number) => Promise<void>;
}

/**
 * Weight questions shown at once: an order of hundreds of SKUs asks for a few at a time
 * (the next appear as these are answered) and points to the CSV import for the rest.
 */
const WEIGHT_PROMPTS_SHOWN = 3;

function ReadyBody(props: ReadyBodyProps) {
  const { facts, evaluation, language, t, warningsNextToForm, onSaveWeight } = props;
  const { recommended, alternatives, ruledOut, warnings, buyerService, split } = evaluation;
  const platformFulfilled = facts.fulfilledBy === 'platform';
  const readNotes = readingNotes(facts, language, t);
  return (
    <>
      <DestinationLine facts={facts} language={language} t={t} />
      {facts.missing.length > 0 && (
        <p className="muted" data-shiplens="missing">
          {t('missingFacts', { facts: facts.missing.map((name) => factLabel(name, t)).join(', ') })}
        </p>
      )}
      {buyerService && (
        <p className="buyer-service" data-shiplens="buyer-service">
          {buyerService.level && buyerService.level !== buyerService.text.toLowerCase()
            ? t('buyerSelectedLevel', {
                service: buyerService.text,
                level: levelLabel(buyerService.level, t),
              })
            : t('buyerSelected', { service: buyerService.text })}
        </p>
      )}
      {platformFulfilled ? (
        <p className="notice">{t('platformFulfilled')}</p>
      ) : evaluation.platformRouted !== null ? (
        <p
          className="notice"
          data-shiplens="platform-routed"
          data-rule={evaluation.platformRouted.id}
        >
          {inLanguage(evaluation.platformRouted.message, language)}
        </p>
      ) : (
        <>
          <h3>{t('recommended')}</h3>
          {recommended ? (
            <ChannelLine verdict={recommended} language={language} t={t} primary />
          ) : evaluation.blockedBy === 'destinationCountry' ? (
            <p className="notice" data-shiplens="blocked">
              {t('readingDestinationMissing')}
            </p>
          ) : (
            <p className="notice">{t('noEligibleChannel')}</p>
          )}
          {recommended?.cost?.sampleRates && <p className="muted">{t('sampleRatesHint')}</p>}
          {evaluation.weight.source !== 'page' && evaluation.weight.unknownSkus.length > 0 && (
            <div className="weights">
              <p className="muted">{t('weightPromptHint')}</p>
              {evaluation.weight.unknownSkus.slice(0, WEIGHT_PROMPTS_SHOWN).map((sku) => (
                <WeightPrompt key={sku} sku={sku} t={t} onSave={onSaveWeight} />
              ))}
              {evaluation.weight.unknownSkus.length > WEIGHT_PROMPTS_SHOWN && (
                <p className="muted" data-shiplens="more-weights">
                  {t('bigPagesMoreWeights', {
                    count: evaluation.weight.unknownSkus.length - WEIGHT_PROMPTS_SHOWN,
                  })}
                </p>
              )}
            </div>
          )}
          {split && (
            <p className="notice" data-shiplens="split">
              {t('splitAdvice', { count: split.parcels.length })}:{' '}
              {inLanguage(split.reason, language)}
            </p>
          )}
          {alternatives.length > 0 && (
            <>
              <h3>{t('alternatives')}</h3>
              {alternatives.map((verdict) => (
                <ChannelLine key={verdict.channelId} verdict={verdict} language={language} t={t} />
              ))}
            </>
          )}
        </>
      )}
      <h3>{t('warnings')}</h3>
      {warningsNextToForm ? (
        <p className="muted">{t('warningsAtForm')}</p>
      ) : warnings.length > 0 ? (
        <WarningList warnings={warnings} language={language} t={t} />
      ) : (
        <p className="muted">{t('noWarnings')}</p>
      )}
      {evaluation.customs.length > 0 && (
        <>
          <h3>{t('polCustoms')}</h3>
          <WarningList warnings={evaluation.customs} language={language} t={t} kind="customs" />
        </>
      )}
      {ruledOut.length > 0 && (
        <details className="ruled-out" data-shiplens="ruled-out">
          <summary>{t('ruledOut', { count: ruledOut.length })}</summary>
          <ul>
            {ruledOut.map((verdict) => (
              <li key={verdict.channelId} data-channel={verdict.channelId}>
                <strong>{inLanguage(verdict.name, language)}</strong>:{' '}
                {verdict.reasons
                  .map((reason) =>
                    inLanguage(reason.message, language, stringValues(reason.values)),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {(evaluation.assumptions.length > 0 || readNotes.length > 0) && (
        <details className="assumptions-box" data-shiplens="assumptions">
          <summary>
            {t('assumptions', { count: evaluation.assumptions.length + readNotes.length })}
          </summary>
          <ul className="assumptions muted">
            {readNotes.map((note) => (
              <li key={note} data-shiplens="read-note">
                {note}
              </li>
            ))}
            {evaluation.assumptions.map((assumption) => (
              <li key={assumption.en}>{inLanguage(assumption, language)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Where the destination came from, for `data-destination-source`; nothing when it is unknown. */
function destinationSource(facts: OrderFacts | undefined): 'page' | 'inferred' | undefined {
  if (!facts?.destinationCountry) return undefined;
  return facts.destinationSource ?? 'page';
}

/** What the facts themselves rest on: a read by labels, an inferred destination. */
function readingNotes(facts: OrderFacts, language: Language, t: Translate): string[] {
  const notes: string[] = [];
  if (facts.readVia === 'labels') notes.push(t('readingReadViaLabels'));
  if (facts.destinationSource === 'inferred' && facts.destinationCountry) {
    notes.push(
      t('readingDestinationAssumption', {
        country: countryName(facts.destinationCountry, language),
        basis: basisText(facts.destinationBasis ?? [], t),
      }),
    );
  }
  return notes;
}

function stringValues(values: Record<string, string | number | boolean | null>) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}
