/**
 * Every element ShipLens injects is a `shiplens-<kind>` element with an open shadow root
 * (the contract in BRIEF.md), rendered by React. The registry keeps one host per key, so
 * re-running a feature updates its element instead of adding another, and re-creates it
 * when the console's own re-render threw the old one away.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { MountPoint } from '../marketplaces/types';

export type HostKind = 'panel' | 'badge' | 'copy' | 'copy-all' | 'form-warnings';

/**
 * Where a host goes: an adapter's `MountPoint`, or next to a text node (a tracking number
 * found in running text) or to a host we placed before.
 */
export type Placement = MountPoint | { anchor: Text | Element; position: 'before' | 'after' };

interface Mounted {
  host: HTMLElement;
  root: Root;
}

/** Keys typed inside our UI must not reach the console's keyboard shortcuts. */
const isolatedEvents = ['keydown', 'keyup', 'keypress'] as const;

function insert(host: HTMLElement, { anchor, position }: Placement): void {
  if (position === 'before') anchor.before(host);
  else if (position === 'after') anchor.after(host);
  // Only an adapter's MountPoint prepends or appends, and its anchor is an element.
  else if (anchor instanceof Element) {
    if (position === 'prepend') anchor.prepend(host);
    else anchor.append(host);
  }
}

export class UiRegistry {
  private readonly mounted = new Map<string, Mounted>();

  constructor(private readonly css: string) {}

  /** Render `node` into the host for `key`, creating the host at `point` when needed. */
  render(key: string, kind: HostKind, point: Placement, node: ReactNode): HTMLElement {
    let entry = this.mounted.get(key);
    if (entry && !entry.host.isConnected) {
      entry.root.unmount();
      this.mounted.delete(key);
      entry = undefined;
    }
    if (!entry) {
      const host = document.createElement(`shiplens-${kind}`);
      host.setAttribute('data-shiplens-kind', kind);
      host.setAttribute('data-shiplens-key', key);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = this.css;
      const container = document.createElement('div');
      shadow.append(style, container);
      for (const type of isolatedEvents) host.addEventListener(type, (e) => e.stopPropagation());
      insert(host, point);
      entry = { host, root: createRoot(container) };
      this.mounted.set(key, entry);
    }
    // Render now rather than on React's next tick: the seller should see the panel with the
    // order, and the next host can be placed after this one.
    const root = entry.root;
    flushSync(() => root.render(node));
    return entry.host;
  }

  /** Remove the hosts of `prefix` whose keys were not rendered in this pass. */
  prune(prefix: string, keep: ReadonlySet<string>): void {
    for (const [key, entry] of this.mounted) {
      if (key.startsWith(prefix) && !keep.has(key)) {
        entry.root.unmount();
        entry.host.remove();
        this.mounted.delete(key);
      }
    }
  }

  clear(): void {
    this.prune('', new Set());
  }
}

/** True for mutations that only add or remove our own hosts (so they don't re-trigger us). */
export function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  if (nodes.length === 0) return false;
  return nodes.every((node) => node instanceof Element && node.localName.startsWith('shiplens-'));
}
