import { isLabel, elementText } from '../dom';

export interface Labelled {
  /** The element holding the value: the label's sibling, or the "Label: value" line itself. */
  element: Element;
  value: string;
}

/**
 * Every value shown next to one of `labels` under `root`, in document order — what `valueByLabel`
 * finds first, but all of them and with their elements, because AliExpress prints the same
 * labels once per order on a list (运单号, 剩余发货时间) and the copy button needs the element.
 * A label is a leaf whose text is the label (trailing colon ignored); its value is the next
 * element sibling, else the parent's next sibling (label cell / value cell). A leaf reading
 * "Label: value" is its own value.
 */
export function labelledValues(root: ParentNode, labels: readonly string[]): Labelled[] {
  const found: Labelled[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.children.length > 0) continue;
    const own = elementText(el);
    if (!own) continue;
    if (isLabel(own, labels)) {
      const element = [el.nextElementSibling, el.parentElement?.nextElementSibling].find(
        (candidate) => elementText(candidate) !== '',
      );
      if (element) found.push({ element, value: elementText(element) });
      continue;
    }
    const value = valueAfterColon(own, labels);
    if (value) found.push({ element: el, value });
  }
  return found;
}

/** The first value next to one of `labels` under any of `scopes`, or null. */
export function labelledValue(
  scopes: readonly ParentNode[],
  labels: readonly string[],
): string | null {
  for (const scope of scopes) {
    const first = labelledValues(scope, labels)[0];
    if (first) return first.value;
  }
  return null;
}

function valueAfterColon(line: string, labels: readonly string[]): string | null {
  const lower = line.toLowerCase();
  for (const label of labels) {
    if (!lower.startsWith(label.toLowerCase())) continue;
    const rest = /^\s*[:：]\s*(.+)$/u.exec(line.slice(label.length))?.[1];
    if (rest) return rest;
  }
  return null;
}
