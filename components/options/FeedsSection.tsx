import { useState, type FormEvent } from 'react';
import type { FeedRecord } from '../../utils/db';
import type { FeedOutcome } from '../../utils/feeds/check-feed';
import { inLanguage, type MessageKey, type Translate } from '../../utils/i18n';
import type { FeedCheckSummary } from '../../utils/messaging';
import type { SubscribeResult } from '../../utils/options/actions';
import { feedLayerId, type LayerId } from '../../utils/rules/pack/overlay';
import type { Language } from '../../utils/settings';
import { formatDate, formatDateTime } from '../extension-pages/dates';

interface FeedsSectionProps {
  feeds: readonly FeedRecord[];
  /** Layers in the active pack: a feed whose pack does not fit is listed as not in use. */
  inUse: readonly LayerId[];
  t: Translate;
  language: Language;
  onSubscribe(input: string): Promise<SubscribeResult>;
  onUnsubscribe(url: string): Promise<void>;
  onUpdate(url?: string): Promise<FeedCheckSummary[]>;
}

const outcomeKeys: Record<FeedOutcome, MessageKey> = {
  updated: 'feedOutcomeUpdated',
  'not-modified': 'feedOutcomeNotModified',
  failed: 'feedOutcomeFailed',
};

function subscribeMessage(result: SubscribeResult, t: Translate): { text: string; ok: boolean } {
  if (result.ok)
    return {
      text: result.outcome ? t(outcomeKeys[result.outcome]) : '',
      ok: result.outcome !== 'failed',
    };
  if (result.reason === 'invalid') return { text: t('feedUrlInvalid'), ok: false };
  if (result.reason === 'already') return { text: t('feedAlready'), ok: false };
  return { text: t('feedPermissionDenied', { origin: result.origin }), ok: false };
}

/** Subscribe to rules feeds by https address; check them now; see what each last gave. */
export function FeedsSection({
  feeds,
  inUse,
  t,
  language,
  onSubscribe,
  onUnsubscribe,
  onUpdate,
}: FeedsSectionProps) {
  const [input, setInput] = useState('');
  const [formMessage, setFormMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Readonly<Record<string, FeedOutcome>>>({});

  function subscribe(event: FormEvent) {
    event.preventDefault();
    setFormMessage(null);
    // No await before onSubscribe: it asks for the host permission, which needs this click.
    onSubscribe(input).then(
      (result) => {
        setFormMessage(subscribeMessage(result, t));
        if (result.ok) setInput('');
      },
      (error: unknown) => setFormMessage({ text: String(error), ok: false }),
    );
  }

  async function update(url?: string) {
    const key = url ?? '*';
    setBusy((current) => new Set([...current, key]));
    try {
      const summaries = await onUpdate(url);
      setOutcomes((current) => ({
        ...current,
        ...Object.fromEntries(summaries.map((summary) => [summary.url, summary.outcome])),
      }));
    } catch (error) {
      setFormMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    } finally {
      setBusy((current) => new Set([...current].filter((other) => other !== key)));
    }
  }

  return (
    <>
      <form className="feed-form" onSubmit={subscribe}>
        <label className="field grow">
          <span className="field-label">{t('feedUrlLabel')}</span>
          <input
            type="url"
            name="feed-url"
            placeholder="https://rules.example.com/shiplens-pack.json"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            required
          />
          <span className="field-hint muted small">{t('feedPermissionNote')}</span>
        </label>
        <button type="submit" className="button primary">
          {t('feedSubscribe')}
        </button>
      </form>
      <p
        role="status"
        className={formMessage ? `notice ${formMessage.ok ? 'ok' : 'error'}` : 'visually-hidden'}
      >
        {formMessage?.text}
      </p>

      {feeds.length === 0 ? (
        <p className="muted empty">{t('feedNone')}</p>
      ) : (
        <ul className="feeds">
          {feeds.map((feed) => {
            const checking = busy.has(feed.url) || busy.has('*');
            const outcome = outcomes[feed.url];
            const used = inUse.includes(feedLayerId(feed.url));
            return (
              <li key={feed.url} className="feed-item" data-feed={feed.url}>
                <div className="feed-head">
                  <span className={`badge ${feed.lastError ? 'bad' : 'local'}`}>
                    {feed.lastError ? t('feedStatusError') : t('feedStatusOk')}
                  </span>
                  <span className="mono feed-url">{feed.url}</span>
                  {feed.lastGood && !used && (
                    <span className="badge bad">{t('layerNotInUse')}</span>
                  )}
                </div>
                <p data-testid="feed-version">
                  {feed.lastGood
                    ? t('feedInUse', {
                        version: feed.lastGood.version,
                        date: formatDate(feed.lastGood.published, language),
                      })
                    : t('feedNoPack')}
                </p>
                <p className="muted small">
                  {t('feedCheckedAt', {
                    when: feed.lastChecked
                      ? formatDateTime(feed.lastChecked, language)
                      : t('never'),
                  })}
                </p>
                {feed.lastError && (
                  <p className="error-text" data-testid="feed-error">
                    {t('feedLastError', {
                      when: formatDateTime(feed.lastError.at, language),
                      error: inLanguage(feed.lastError.message, language),
                    })}
                  </p>
                )}
                <div className="actions">
                  <button
                    type="button"
                    className="button"
                    disabled={checking}
                    onClick={() => void update(feed.url)}
                  >
                    {checking ? t('feedChecking') : t('feedUpdateNow')}
                  </button>
                  <button
                    type="button"
                    className="button danger"
                    onClick={() => void onUnsubscribe(feed.url)}
                  >
                    {t('feedUnsubscribe')}
                  </button>
                  <span role="status" className="muted small" data-testid="feed-outcome">
                    {outcome && !checking ? t(outcomeKeys[outcome]) : ''}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {feeds.length > 1 && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy.has('*')}
            onClick={() => void update()}
          >
            {t('feedUpdateAll')}
          </button>
        </div>
      )}
    </>
  );
}
