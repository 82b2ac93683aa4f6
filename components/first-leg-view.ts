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
  /** One line per option, best first: "Name (mode) · chargeable · cost · transit · arrives · why not". */
  rows: { channelId: string; eligible: boolean; text: string }[];
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
    rows: result.options.map((option) => {
      const cost =
        formatMoney(option.cost, language) +
        (option.cost.converted ? ` ≈ ${formatMoney(option.cost.converted, language)}` : '');
      const why = option.reasons.map((reason) => inLanguage(reason.message, language)).join(' ');
      const figures = [
        `${name(option.channelId)} (${modeLabel(option.mode, t)})`,
        chargeableText(option.chargeable, t),
        cost,
        t('complianceTransitDays', option.transitDays),
        `${t('complianceColArrives')} ${arrivesText(option)}`,
        ...(why ? [`${t('complianceColWhy')}: ${why}`] : []),
      ];
      return { channelId: option.channelId, eligible: option.eligible, text: figures.join(' · ') };
    }),
    notices: notices.map((notice) => ({
      id: notice.id,
      text: inLanguage(notice.message, language),
      url: notice.source.url,
    })),
    sourceLabel: t('complianceSource'),
  };
}
