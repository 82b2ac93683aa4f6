/**
 * Every element ShipLens injects is a `shiplens-<kind>` element with an open shadow root
 * (the contract in the README and docs/decisions.md#injected-elements; host-element.ts gives
 * another name when a page has claimed that one), its content rendered by React. The
 * registry keeps one host per
 * key, so re-running a feature updates its element instead of adding another, and re-creates
 * it when the console's own re-render threw the old one away.
 *
 * One React root renders every host's content through a portal into the host's shadow root:
 * a list page gets a hundred badges from one render, not a hundred roots.
 */
import { createElement, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { MountPoint } from '../consoles/types';
import { HostNames } from './host-element';
import { Isolated } from './isolated';

export type HostKind =
  'panel' | 'badge' | 'copy' | 'copy-all' | 'form-warnings' | 'nudge' | 'first-leg';

/**
 * Where a host goes: an adapter's `MountPoint`, or next to a text node (a tracking number
 * found in running text) or to a host we placed before.
 */
export type Placement = MountPoint | { anchor: Text | Element; position: 'before' | 'after' };

interface Mounted {
  host: HTMLElement;
  /** The element in the shadow root that React (or `renderStatic`) renders into. */
  container: HTMLElement;
  /** What React renders there; null for a host written by `renderStatic`. */
  node: ReactNode;
  react: boolean;
}

/**
 * Keys typed inside our UI must not reach the console's keyboard shortcuts: hosts with
 * fields to type in stop them. Badges and copy buttons have none, and a page may hold
 * thousands of them, so they carry no listeners for it.
 */
const isolatedEvents = ['keydown', 'keyup', 'keypress'] as const;
const typedInto: ReadonlySet<HostKind> = new Set(['panel', 'form-warnings']);

function insert(host: HTMLElement, { anchor, position }: Placement): void {
  if (position === 'before') anchor.before(host);
  else if (position === 'after') anchor.after(host);
  // Only an adapter's MountPoint prepends or appends, and its anchor is an element.
  else if (anchor instanceof Element) {
    if (position === 'prepend') anchor.prepend(host);
    else anchor.append(host);
  }
}

/** Swaps in an empty container: a host changing between React and static content. */
function freshContainer(entry: Mounted): void {
  const container = document.createElement('div');
  entry.container.replaceWith(container);
  entry.container = container;
}

export class UiRegistry {
  private readonly mounted = new Map<string, Mounted>();
  private root: Root | null = null;
  private batching = 0;
  private dirty = false;
  private readonly names = new HostNames();
  /** Shared by every host; null where it cannot be adopted, undefined until first needed. */
  private sheet: CSSStyleSheet | null | undefined;

  constructor(private readonly css: string) {}

  /**
   * Render `node` into the host for `key`, creating the host at `point` when needed. Inside
   * `batch`, the content appears when the batch ends; outside, at once.
   */
  render(key: string, kind: HostKind, point: Placement, node: ReactNode): HTMLElement {
    const entry = this.entry(key, kind, point);
    if (!entry.react && entry.container.firstChild !== null) freshContainer(entry); // was static
    entry.node = node;
    entry.react = true;
    this.changed();
    return entry.host;
  }

  /**
   * For hosts that only show text (a list badge: nothing to click or type into): `content`
   * is written into the shadow root at once, replacing what is there only when it differs.
   * No React portal: React wires its whole event system (~140 listeners) into every portal's
   * container, which for a hundred-row list was half of ShipLens' time on the page
   * (measured in Chromium, scripts/bench/browser.ts).
   */
  renderStatic(key: string, kind: HostKind, point: Placement, content: Node): HTMLElement {
    const entry = this.entry(key, kind, point);
    // Shown, should a pass that put it in hidden (prepareStatic) have been overtaken.
    entry.host.style.removeProperty('display');
    return this.writeStatic(entry, content);
  }

  /**
   * `renderStatic` for a host shown later: it is put on the page now, content and all, but
   * hidden (`display: none` makes no box, so the console does not lay its table out again),
   * and shown when the returned function is called. A long list's off-screen badges are put
   * in a slice at a time and shown together, so the console lays its table out again once, not
   * after every slice (a 5,000-row table takes most of a second to lay out in Chromium). A host
   * already shown stays shown.
   */
  prepareStatic(key: string, kind: HostKind, point: Placement, content: Node): () => void {
    const entry = this.entry(key, kind, point, true);
    this.writeStatic(entry, content);
    return () => entry.host.style.removeProperty('display');
  }

  private writeStatic(entry: Mounted, content: Node): HTMLElement {
    if (entry.react) {
      // React unmounts its portal from the old container at the next commit.
      freshContainer(entry);
      entry.react = false;
      entry.node = null;
      this.changed();
    }
    const { container } = entry;
    if (container.childNodes.length !== 1 || !container.firstChild?.isEqualNode(content))
      container.replaceChildren(content);
    return entry.host;
  }

  /**
   * One constructed stylesheet adopted by every host, instead of a `<style>` copy per host (a
   * list page has a hundred hosts). Where the browser refuses a sheet made in the content
   * script (Firefox's content-script wrappers), each host gets its own `<style>`.
   */
  private style(shadow: ShadowRoot): void {
    if (this.sheet === undefined) {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(this.css);
        this.sheet = sheet;
      } catch {
        this.sheet = null;
      }
    }
    if (this.sheet) {
      try {
        shadow.adoptedStyleSheets = [this.sheet];
        return;
      } catch {
        this.sheet = null;
      }
    }
    const style = document.createElement('style');
    style.textContent = this.css;
    shadow.append(style);
  }

  /**
   * The host for `key`: the one made before, unless the console threw it away; a new one is
   * inserted at `point`, hidden if asked.
   */
  private entry(key: string, kind: HostKind, point: Placement, hidden = false): Mounted {
    const entry = this.mounted.get(key);
    if (entry?.host.isConnected) return entry;
    const { host, shadow } = this.names.create(document, kind);
    host.setAttribute('data-shiplens-kind', kind);
    host.setAttribute('data-shiplens-key', key);
    this.style(shadow);
    const container = document.createElement('div');
    shadow.append(container);
    if (typedInto.has(kind))
      for (const type of isolatedEvents) host.addEventListener(type, (e) => e.stopPropagation());
    if (hidden) host.style.display = 'none';
    insert(host, point);
    const created: Mounted = { host, container, node: null, react: false };
    this.mounted.set(key, created);
    return created;
  }

  /** Run `work` (a pass over the page) and render everything it asked for once, at the end. */
  batch(work: () => void): void {
    this.batching += 1;
    try {
      work();
    } finally {
      this.batching -= 1;
      if (this.batching === 0 && this.dirty) this.commit();
    }
  }

  /** True when `key` has its host on the page, shown. */
  has(key: string): boolean {
    const host = this.mounted.get(key)?.host;
    return host?.isConnected === true && host.style.display !== 'none';
  }

  /** The host of `key`; call after `has(key)`. */
  host(key: string): HTMLElement {
    const entry = this.mounted.get(key);
    if (!entry) throw new Error(`No host for ${key}`);
    return entry.host;
  }

  /** Remove the hosts of `prefix` whose keys were not rendered in this pass. */
  prune(prefix: string, keep: ReadonlySet<string>): void {
    for (const key of this.mounted.keys())
      if (key.startsWith(prefix) && !keep.has(key)) this.remove(key);
  }

  /** Remove the host for `key`, if there is one. */
  remove(key: string): void {
    const entry = this.mounted.get(key);
    if (!entry) return;
    entry.host.remove();
    this.mounted.delete(key);
    this.changed();
  }

  clear(): void {
    this.prune('', new Set());
  }

  private changed(): void {
    this.dirty = true;
    if (this.batching === 0) this.commit();
  }

  /**
   * Render synchronously rather than on React's next tick: the seller should see the panel
   * with the order, and tests and features can rely on what was rendered.
   */
  private commit(): void {
    this.dirty = false;
    const root = (this.root ??= createRoot(document.createElement('div')));
    const portals = [...this.mounted]
      .filter(([, entry]) => entry.react)
      .map(([key, entry]) =>
        createPortal(createElement(Isolated, { name: key }, entry.node), entry.container, key),
      );
    flushSync(() => root.render(portals));
  }
}

/**
 * Registry keys for the console's nodes: the same node keeps its key across our passes, and a
 * node the console re-rendered (a new element) gets a new one, so its host is made afresh.
 */
export function nodeKeys(prefix: string): (node: Node) => string {
  const keys = new WeakMap<Node, string>();
  let next = 0;
  return (node) => {
    let key = keys.get(node);
    if (!key) {
      key = `${prefix}${next++}`;
      keys.set(node, key);
    }
    return key;
  };
}

/** True for mutations that only add or remove our own hosts (so they don't re-trigger us). */
export function isOwnMutation(record: MutationRecord): boolean {
  // No arrays made: drawing a long list's badges gives thousands of these records at once.
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const nodes of [addedNodes, removedNodes])
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i];
      if (!(node instanceof Element && node.localName.startsWith('shiplens-'))) return false;
    }
  return true;
}
