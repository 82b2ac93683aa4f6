import { copyButton } from '../../components/CopyButton';
import type { ScanMatch } from '../tracking';
import type { FeatureContext } from './feature';
import type { Placement } from './mount';

/**
 * Copy buttons after `anchor`, one per distinct number, each after the previous one. A
 * button already on the page for the same number and language is left as it is (it may be
 * showing "copied").
 */
export function renderCopyButtons(
  ctx: FeatureContext,
  keyOf: (node: Node) => string,
  anchor: Element | Text,
  matches: readonly ScanMatch[],
  rendered: Set<string>,
): void {
  const nodeKey = keyOf(anchor);
  const seen = new Set<string>();
  let point: Placement = { anchor, position: 'after' };
  for (const match of matches) {
    if (seen.has(match.number)) continue;
    seen.add(match.number);
    const key = `${nodeKey}:${match.number}:${ctx.language}`;
    rendered.add(key);
    const host: HTMLElement = ctx.ui.has(key)
      ? ctx.ui.host(key)
      : ctx.ui.renderStatic(
          key,
          'copy',
          point,
          copyButton(ctx.page.doc, {
            number: match.number,
            carrier: match.carrier,
            verified: match.verified,
            t: ctx.t,
            onCopy: ctx.copy,
          }),
        );
    point = { anchor: host, position: 'after' };
  }
}
