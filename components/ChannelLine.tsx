import type { Translate } from '../utils/translate';
import { inLanguage } from '../utils/translate';
import type { Language } from '../utils/settings';
import type { ChannelVerdict } from '../utils/rules/engine/types';
import { formatMoney, levelLabel } from './format';
import { LandedCostLine } from './LandedCostLine';

interface ChannelLineProps {
  verdict: ChannelVerdict;
  language: Language;
  t: Translate;
  /** The recommended channel gets the larger layout. */
  primary?: boolean;
}

/** One eligible channel: name, provider, level, cost and delivery time. */
export function ChannelLine({ verdict, language, t, primary = false }: ChannelLineProps) {
  const cost = verdict.cost;
  const shown = cost?.converted ?? (cost ? { amount: cost.amount, currency: cost.currency } : null);
  return (
    <div
      className={primary ? 'channel channel-primary' : 'channel'}
      data-shiplens="channel"
      data-channel={verdict.channelId}
      data-rank={verdict.rank ?? undefined}
    >
      <div className="channel-name">
        <strong>{inLanguage(verdict.name, language)}</strong>
        <span className="muted">
          {' '}
          · {verdict.provider} · {levelLabel(verdict.serviceLevel, t)} ·{' '}
          {verdict.tracked ? t('tracked') : t('untracked')} ·{' '}
          <span title={verdict.duties === 'ddp' ? t('polDdpHint') : t('polDduHint')}>
            {verdict.duties === 'ddp' ? 'DDP' : 'DDU'}
          </span>
        </span>
      </div>
      <div className="channel-figures">
        {shown && (
          <span title={cost ? inLanguage(cost.breakdown, language) : undefined}>
            {t('estimatedCost')} <strong>{formatMoney(shown, language)}</strong>
            {cost?.sampleRates && <span className="tag">{t('sampleRates')}</span>}
          </span>
        )}
        {verdict.delivery && (
          <span>
            {t('deliveryDays', { min: verdict.delivery.minDays, max: verdict.delivery.maxDays })}
          </span>
        )}
      </div>
      {verdict.landed && verdict.landed.charges.length > 0 && (
        <LandedCostLine landed={verdict.landed} language={language} t={t} />
      )}
    </div>
  );
}
