/**
 * The element each piece of ShipLens UI lives in: `shiplens-<kind>` with an open shadow root.
 *
 * Those are custom element names, and the page's registry is the page's: a page script that
 * calls `customElements.define('shiplens-panel', …)` first would have its own class run in
 * our element — it may take the shadow root, so ours cannot be attached, and the panel never
 * shows. Content scripts cannot register the names first (Chromium gives isolated worlds no
 * `customElements`, and page scripts run before ours). So a name is checked when a host is
 * made: an element the page's definition upgraded (`:defined`) or that refuses our shadow
 * root is dropped, and that kind takes a name only this script knows,
 * `shiplens-<kind>-<random>`. Hooks (`data-shiplens-kind`, `[data-shiplens]` inside) stay.
 */
import type { HostKind } from './mount';

export interface Host {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/** Tries per host: the plain name, then fresh unguessable names. */
const ATTEMPTS = 4;

function unguessable(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('');
}

/**
 * Whether a page definition upgraded `host`: `:defined` (custom element names we never define
 * stay undefined), or the registry where a content script can see it (Firefox; Chromium's
 * isolated worlds have none).
 */
function claimed(host: HTMLElement, name: string): boolean {
  const registry = (globalThis as { customElements?: CustomElementRegistry | null }).customElements;
  return host.matches(':defined') || registry?.get(name) !== undefined;
}

/** Our element named `name`, or null when the page has claimed that name. */
function tryHost(doc: Document, name: string): Host | null {
  const host = doc.createElement(name);
  if (claimed(host, name)) return null;
  try {
    return { host, shadow: host.attachShadow({ mode: 'open' }) };
  } catch {
    return null;
  }
}

export class HostNames {
  /** The name each kind uses now: the plain one until the page claims it. */
  private readonly names = new Map<HostKind, string>();

  constructor(private readonly fresh: () => string = unguessable) {}

  create(doc: Document, kind: HostKind): Host {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const name = this.names.get(kind) ?? `shiplens-${kind}`;
      const made = tryHost(doc, name);
      if (made) return made;
      this.names.set(kind, `shiplens-${kind}-${this.fresh()}`);
    }
    throw new Error(`The page claims every name tried for shiplens-${kind}`);
  }
}
