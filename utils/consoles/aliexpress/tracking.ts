import { queryAll, elementText, trackingTokens } from '../dom';
import { labelledValues } from './labelled';
import * as s from './selectors';

/**
 * Elements showing tracking numbers under `root`, in page order: values after a tracking label
 * (实际发货单号, 运单号, "Tracking number") and, on the old list, `.logistics` cells that hold
 * a number next to the buyer's service. Only elements with a number-looking token count.
 */
export function trackingElements(root: ParentNode): Element[] {
  const labelled = labelledValues(root, s.labels.trackingNumber).map((found) => found.element);
  const cells = queryAll(root, s.logisticsCell.css).filter(
    (cell) => !labelled.some((el) => cell.contains(el) || el.contains(cell)),
  );
  return [...labelled, ...cells]
    .filter((el) => trackingTokens(elementText(el)).length > 0)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The tracking numbers under `roots`, in page order, each once. */
export function readTrackingNumbers(roots: readonly ParentNode[]): string[] {
  const tokens = roots.flatMap(trackingElements).flatMap((el) => trackingTokens(elementText(el)));
  return [...new Set(tokens)];
}
