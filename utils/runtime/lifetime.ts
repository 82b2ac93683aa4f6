/**
 * Event listeners that end with what they belong to. Everything ShipLens adds to the page
 * (a submit gate on `window`, input listeners on a form) is removed when its scope ends —
 * the content script invalidated by an extension reload or update, the console switched
 * off, the gate no longer shown — so nothing of ours can outlive the UI that explains it.
 */
export type Listen = <K extends string>(
  target: EventTarget,
  type: K,
  handler: (event: Event) => void,
  options?: AddEventListenerOptions,
) => void;

export class Scope {
  private controller = new AbortController();

  constructor(parent?: AbortSignal) {
    parent?.addEventListener('abort', () => this.controller.abort(), { once: true });
    if (parent?.aborted) this.controller.abort();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * addEventListener, removed when this scope ends — or when `options.signal` aborts first
   * (a listener that also belongs to something shorter-lived, such as a gate being shown).
   */
  readonly listen: Listen = (target, type, handler, options) => {
    const also = options?.signal;
    if (this.controller.signal.aborted || also?.aborted) return;
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
    also?.addEventListener(
      'abort',
      () => target.removeEventListener(type, handler, { capture: options?.capture }),
      { once: true, signal: this.controller.signal },
    );
  };

  /** A scope inside this one: ends with it, or on its own. */
  child(): Scope {
    return new Scope(this.controller.signal);
  }

  end(): void {
    this.controller.abort();
  }
}
