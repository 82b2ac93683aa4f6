/**
 * Text the engine writes: both UI languages always (types.ts LocalizedText), names compared
 * the same way everywhere, and fact values rendered the same way in reasons (humanize.ts words them for sellers).
 */
import type { Money } from '../../order-facts';
import type { LocalizedText, Reason } from './types';
import type { FactValue } from '../pack/vocabulary';

export function localized(en: string, zh: string): LocalizedText {
  return { en, 'zh-CN': zh };
}

/**
 * Text worded the first time it is read. An evaluation has a reason and a cost breakdown for
 * every channel, but a list badge shows one channel and the panel the few a seller unfolds, so
 * most are never read (about a quarter of `evaluate()`'s time went into wording them; see
 * `npm run bench`). Reads as `en` / `zh-CN` like any LocalizedText, and `toJSON` gives the plain
 * pair (the rules command line prints evaluations as JSON). The getters sit on the class, not on
 * each object: per-object accessors cost more to create than the words they save.
 */
class LazyText implements LocalizedText {
  #build: (() => LocalizedText) | null;
  #text: LocalizedText | null = null;
  constructor(build: () => LocalizedText) {
    this.#build = build;
  }
  #read(): LocalizedText {
    if (this.#text === null) {
      this.#text = (this.#build as () => LocalizedText)();
      this.#build = null;
    }
    return this.#text;
  }
  get en(): string {
    return this.#read().en;
  }
  get 'zh-CN'(): string {
    return this.#read()['zh-CN'];
  }
  toJSON(): LocalizedText {
    return this.#read();
  }
}

/** Text for `build` to word when first read (LazyText). */
export function lazyLocalized(build: () => LocalizedText): LocalizedText {
  return new LazyText(build);
}

export function moneyText(money: Money): string {
  return `${money.amount.toFixed(2)} ${money.currency}`;
}

export function formatFactValue(value: FactValue | undefined): string {
  if (value === null || value === undefined) return '?';
  return typeof value === 'object' ? moneyText(value) : String(value);
}

/** Up to 3 decimals, no trailing zeros: 0.25, 1.5, 0.101. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A reason; its message given as a function is worded only when read (lazyLocalized). */
export function reason(
  code: string,
  message: LocalizedText | (() => LocalizedText),
  values: Reason['values'],
): Reason {
  return {
    code,
    message: typeof message === 'function' ? lazyLocalized(message) : message,
    values,
  };
}
