import type { Translate } from '../utils/translate';
import { inLanguage } from '../utils/translate';
import type { Language } from '../utils/settings';
import type { LandedCharge, LandedCost as Landed } from '../utils/rules/engine/types';
import { formatMoney } from './format';

interface LandedCostLineProps {
  landed: Landed;
  language: Language;
  t: Translate;
}

function payer(charge: LandedCharge, t: Translate): string {
  if (charge.paidBy === 'seller') return t('polPaidBySeller');
  return charge.collected === 'at-sale' ? t('polPaidAtSale') : t('polPaidOnDelivery');
}

/**
 * Shipping plus what the destination's rules add, always marked as an estimate, each charge
 * with the rule it comes from and who pays it; a charge whose rate depends on the goods'
 * tariff code says so instead of showing a number.
 */
export function LandedCostLine({ landed, language, t }: LandedCostLineProps) {
  return (
    <details
      className="landed muted"
      data-shiplens="landed-cost"
      data-total={landed.total.amount}
      data-currency={landed.total.currency}
    >
      <summary>
        {t('polLanded', { amount: formatMoney(landed.total, language) })}{' '}
        <span className="tag">{t('polEstimate')}</span>
      </summary>
      <ul>
        <li>
          {t('polShipping')}: {formatMoney(landed.shipping, language)}
        </li>
        {landed.charges.map((charge, index) => (
          <li key={`${charge.ruleId}-${index}`} data-rule={charge.ruleId}>
            {inLanguage(charge.label, language)}:{' '}
            {charge.amount === null ? t('polNotEstimated') : formatMoney(charge.amount, language)} ·{' '}
            {payer(charge, t)}
          </li>
        ))}
        {landed.ddpSurcharge && (
          <li>
            {t('polDdpSurcharge')}: {formatMoney(landed.ddpSurcharge, language)}
          </li>
        )}
      </ul>
    </details>
  );
}
