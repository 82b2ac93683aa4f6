import type { ConsolePageKind } from '../order-facts';
import type { ConsoleAdapter } from './types';

/**
 * The kind of a console page: its URL when the console's table knows it (the fast path),
 * else what the page shows — so a page the console moved to a new path is still read, and a
 * product, listing or report page at any path stays untouched. Pure; the runtime's one
 * question about a page.
 */
export function pageKindOf(
  adapter: ConsoleAdapter,
  doc: Document,
  url: URL,
): ConsolePageKind | null {
  return adapter.detectPage(url) ?? adapter.detectPageFromContent(doc, url);
}
