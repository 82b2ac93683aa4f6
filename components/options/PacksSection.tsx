import { inLanguage, type Translate } from '../../utils/i18n';
import type { ActiveRules, StoredRules } from '../../utils/layers/active-pack';
import { feedLayerId, type LayerId } from '../../utils/rules/pack/overlay';
import type { Language } from '../../utils/settings';
import { formatDate, formatDateTime } from '../extension-pages/dates';
import { ConfirmButton } from './ConfirmButton';
import { LayerBadge } from './LayerBadge';

interface PacksSectionProps {
  active: ActiveRules;
  stored: StoredRules;
  t: Translate;
  language: Language;
  onClearLocal(): void;
}

interface LayerRow {
  layer: LayerId;
  version: string | null;
  source: string;
  published: string | null;
  checked: { label: string; at: string | null };
  counts: { channels: number; policies: number } | null;
  error: { message: string; at: string } | null;
}

function rows(
  active: ActiveRules,
  stored: StoredRules,
  t: Translate,
  language: Language,
): LayerRow[] {
  const list: LayerRow[] = [
    {
      layer: 'bundled',
      version: active.bundled.version,
      source: t('packBundledSource'),
      published: active.bundled.published,
      checked: { label: t('packInstalled'), at: stored.bundled?.savedAt ?? null },
      counts: {
        channels: active.bundled.channels.length,
        policies: active.bundled.policies.length,
      },
      error: null,
    },
  ];
  for (const feed of stored.feeds) {
    const parsed = active.feeds.find((layer) => layer.url === feed.url)?.pack;
    list.push({
      layer: feedLayerId(feed.url),
      version: feed.lastGood?.version ?? null,
      source: feed.url,
      published: feed.lastGood?.published ?? null,
      checked: { label: t('packChecked'), at: feed.lastChecked },
      counts: parsed
        ? { channels: parsed.channels.length, policies: parsed.policies.length }
        : null,
      error: feed.lastError && {
        message: inLanguage(feed.lastError.message, language),
        at: feed.lastError.at,
      },
    });
  }
  if (active.local) {
    list.push({
      layer: 'local',
      version: `local ${active.local.updatedAt.slice(0, 10)}`,
      source: t('packLocalSource'),
      published: null,
      checked: { label: t('packChanged'), at: active.local.updatedAt },
      counts: { channels: active.local.channels.length, policies: active.local.policies.length },
      error: null,
    });
  }
  return list;
}

/** The layers of the active pack, bottom to top, with their versions, sources and dates. */
export function PacksSection({ active, stored, t, language, onClearLocal }: PacksSectionProps) {
  const localEdits =
    active.local && active.local.channels.length + active.local.policies.length > 0;
  return (
    <>
      <div className="active-pack" data-testid="active-pack">
        <h3>{t('packsActive')}</h3>
        <p>
          <span className="mono" data-testid="active-version">
            {active.pack.version}
          </span>
          <span className="muted">
            {' · '}
            {t('packPublished')} {formatDate(active.pack.published, language)}
            {' · '}
            {t('packCounts', {
              channels: active.pack.channels.length,
              policies: active.pack.policies.length,
            })}
          </span>
        </p>
        <p className="muted small">{t('packsActiveHint')}</p>
      </div>
      {active.problems.length > 0 && (
        <div className="notice error" role="alert" data-testid="pack-problems">
          <strong>{t('packProblemsTitle')}</strong>
          <ul>
            {active.problems.map((problem, index) => (
              <li key={index}>{inLanguage(problem, language)}</li>
            ))}
          </ul>
        </div>
      )}
      <table className="table layers">
        <thead>
          <tr>
            <th scope="col">{t('colLayer')}</th>
            <th scope="col">{t('packVersion')}</th>
            <th scope="col">{t('packSource')}</th>
            <th scope="col">{t('packPublished')}</th>
            <th scope="col">{t('packChecked')}</th>
          </tr>
        </thead>
        <tbody>
          {rows(active, stored, t, language).map((row) => (
            <tr key={row.layer} data-layer={row.layer}>
              <td>
                <LayerBadge layer={row.layer} t={t} />
                {!active.layers.includes(row.layer) && row.layer !== 'bundled' && (
                  <span className="badge bad">{t('layerNotInUse')}</span>
                )}
                {row.counts && <div className="muted small">{t('packCounts', row.counts)}</div>}
              </td>
              <td className="mono">
                {row.version ?? <span className="muted">{t('feedNoPack')}</span>}
              </td>
              <td className="source-cell">{row.source}</td>
              <td>{row.published ? formatDate(row.published, language) : '—'}</td>
              <td>
                <span className="muted small">{row.checked.label} </span>
                {row.checked.at ? formatDateTime(row.checked.at, language) : t('never')}
                {row.error && (
                  <div className="error-text small" data-testid="layer-error">
                    {t('feedLastError', {
                      when: formatDateTime(row.error.at, language),
                      error: row.error.message,
                    })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        {localEdits ? (
          <ConfirmButton
            label={t('localClear')}
            question={t('confirmClearLocal')}
            yes={t('confirmYes')}
            no={t('cancel')}
            onConfirm={onClearLocal}
          />
        ) : (
          <p className="muted">{t('localNone')}</p>
        )}
      </div>
    </>
  );
}
