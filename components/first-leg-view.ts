/**
 * The first-leg advice in words, worded where the pack and the seller's language are (the
 * background for Send to Amazon pages, the options page for its planner): the content script
 * only draws it (FirstLegAdvice.tsx), so it carries none of the wording code.
 */
import type { FirstLegAdvice } from '../utils/rules/engine/first-leg';
import type { Language } from '../utils/settings';
import { inLanguage, type Translate } from '../utils/translate';
import { arrivesText, chargeableText, modeLabel } from './compliance-text';
import { formatMoney } from './format';

export interface FirstLegView {
  /** The top option's line id (`data-channel`), null when none arrives in time. */
  recommended: string | null;
  headline: string;
  /** Said when a line's rates are the bundled samples. */
  sampleNote: string | null;
  columns: string[];
  rows: {
    channelId: string;
    eligible: boolean;
    name: string;
    mode: string;
    /** Chargeable, cost, transit, arrives, why. */
    cells: string[];
  }[];
  notices: { id: string; text: string; url: string }[];
  sourceLabel: string;
}

export function firstLegView(
  advice: FirstLegAdvice,
  language: Language,
  t: Translate,
): FirstLegView {
  const { result, names, notices, neededBy, sampleRates } = advice;
  const name = (id: string) => {
    const text = names[id];
    return text ? inLanguage(text, language) : id;
  };
  return {
    recommended: result.recommended,
    headline: result.recommended
      ? t('complianceFirstLegRecommended', { name: name(result.recommended) })
      : t('complianceFirstLegNone', { date: neededBy }),
    sampleNote: sampleRates ? t('complianceFirstLegSample') : null,
    columns: [
      t('complianceColLine'),
      t('complianceColChargeable'),
      t('complianceColCost'),
      t('complianceColTransit'),
      t('complianceColArrives'),
      t('complianceColWhy'),
    ],
    rows: result.options.map((option) => ({
      channelId: option.channelId,
      eligible: option.eligible,
      name: name(option.channelId),
      mode: modeLabel(option.mode, t),
      cells: [
        chargeableText(option.chargeable, t),
        formatMoney(option.cost, language) +
          (option.cost.converted ? ` ≈ ${formatMoney(option.cost.converted, language)}` : ''),
        t('complianceTransitDays', option.transitDays),
        arrivesText(option),
        option.reasons.map((reason) => inLanguage(reason.message, language)).join(' '),
      ],
    })),
    notices: notices.map((notice) => ({
      id: notice.id,
      text: inLanguage(notice.message, language),
      url: notice.source.url,
    })),
    sourceLabel: t('complianceSource'),
  };
}
