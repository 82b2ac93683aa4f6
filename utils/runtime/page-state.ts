/** What the popup shows about a tab, assembled from the pass's page model and evaluations. */
import type { PageState } from '../messaging';
import type { ConsoleId, ConsolePageKind } from '../order-facts';
import type { PageEvaluations } from './evaluations';
import type { PageModel } from './page-model';

export function emptyPageState(consoleId: ConsoleId, url: string): PageState {
  return { console: consoleId, pageKind: null, url, order: null, rows: 0, errors: [] };
}

export function waitingPageState(
  consoleId: ConsoleId,
  url: string,
  pageKind: ConsolePageKind,
  why: string,
): PageState {
  return { ...emptyPageState(consoleId, url), pageKind, errors: [why] };
}

export function pageState(
  page: PageModel,
  evaluations: PageEvaluations,
  errors: readonly string[],
): PageState {
  const result = page.order;
  const evaluation = evaluations.order;
  return {
    console: page.console,
    pageKind: page.kind,
    url: page.url.href,
    order:
      result === null
        ? null
        : result.ok
          ? {
              read: true,
              orderId: result.facts.orderId,
              reason: null,
              missing: result.facts.missing,
              recommended: evaluation?.recommended?.channelId ?? null,
              platformShips:
                result.facts.fulfilledBy === 'platform' || Boolean(evaluation?.platformRouted),
              warnings: evaluation?.warnings.length ?? 0,
            }
          : {
              read: false,
              orderId: null,
              reason: result.reason,
              missing: [],
              recommended: null,
              platformShips: false,
              warnings: 0,
            },
    rows: page.slice.total,
    errors: [...evaluations.errors, ...errors],
  };
}
