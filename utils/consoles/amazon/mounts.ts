/** Where ShipLens's elements go on Seller Central pages (positions from docs/consoles/amazon.md). */
import type { MountPoint } from '../types';
import { queryRow } from '../cells';
import { queryFirst } from '../dom';
import { list, mount } from './selectors';

/**
 * The panel goes right after the order's header button bar, where two DE extensions put
 * their own buttons (§1.5). Without that bar it goes before the order's first box, else
 * before the first child of the app root `#MYO-app`.
 */
export function panelMount(doc: Document): MountPoint | null {
  const header = queryFirst(doc, mount.detailHeaderButtons);
  if (header) return { anchor: header, position: 'after' };
  const fallback = queryFirst(doc, mount.detailFallback);
  return fallback ? { anchor: fallback, position: 'before' } : null;
}

/** "Copy all tracking numbers": in the bulk-action bar, else just above the orders table. */
export function listToolbarMount(doc: Document): MountPoint | null {
  const toolbar = queryFirst(doc, mount.listToolbar);
  if (toolbar) return { anchor: toolbar, position: 'append' };
  const table = queryFirst(doc, mount.listTable);
  return table ? { anchor: table, position: 'before' } : null;
}

/** A row's badge: right after the order link, inside the order-id cell (td3). */
export function rowBadgeMount(row: Element): MountPoint {
  const link = queryRow(row, list.orderLink);
  if (link) return { anchor: link, position: 'after' };
  return { anchor: queryRow(row, list.orderCell) ?? row, position: 'append' };
}
