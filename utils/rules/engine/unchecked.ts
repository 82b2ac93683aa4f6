/**
 * The notes an eligible channel carries for a limit the order cannot be checked against: no
 * order value for a declared-value limit, no dimensions for a size limit, no contents for
 * refused goods. Each depends on the channel's limits only, and most orders lack dimensions
 * and contents, so pack-index.ts words them once per channel and pack snapshot and every
 * evaluation shares them (eligibility.ts).
 */
import type { Limits } from '../pack/schema';
import { goodsList, moneyIn } from './humanize';
import { moneyText, reason, localized } from './text';
import type { Reason } from './types';

export interface UncheckedNotes {
  /** The channel has a declared-value limit; null when it has none. */
  value: Reason | null;
  /** The channel has a size limit; null when it has none. */
  size: Reason | null;
  /** The channel refuses some goods; null when it refuses none. */
  goods: Reason | null;
}

function valueUnchecked(limit: NonNullable<Limits['maxDeclaredValue']>): Reason {
  return reason(
    'value-unchecked',
    () =>
      localized(
        `Declared-value limit ${moneyIn(limit, 'en')} not checked: the order value is not known.`,
        `未核对申报价值上限 ${moneyIn(limit, 'zh-CN')}:订单金额未知。`,
      ),
    { maxDeclaredValue: moneyText(limit) },
  );
}

function sizeUnchecked(limits: Limits): Reason | null {
  const { maxLongestSideCm, maxSumOfSidesCm } = limits;
  if (maxLongestSideCm === undefined && maxSumOfSidesCm === undefined) return null;
  return reason(
    'size-unchecked',
    () =>
      localized(
        'Size limits not checked: the parcel dimensions are not known.',
        '未核对尺寸限制:包裹尺寸未知。',
      ),
    {
      maxLongestSideCm: maxLongestSideCm ?? null,
      maxSumOfSidesCm: maxSumOfSidesCm ?? null,
    },
  );
}

function goodsUnchecked(refused: Limits['refusedGoods']): Reason | null {
  if (refused.length === 0) return null;
  return reason(
    'goods-unchecked',
    () => {
      const words = goodsList(refused);
      return localized(
        `Refuses ${words.en}: not checked, the contents are not known.`,
        `不收${words['zh-CN']}:内件未知,未核对。`,
      );
    },
    { refusedGoods: refused.join(', ') },
  );
}

export function uncheckedNotes(limits: Limits): UncheckedNotes {
  return {
    value: limits.maxDeclaredValue === undefined ? null : valueUnchecked(limits.maxDeclaredValue),
    size: sizeUnchecked(limits),
    goods: goodsUnchecked(limits.refusedGoods),
  };
}
