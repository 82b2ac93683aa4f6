/**
 * How deep a condition tree nests `all` / `any` / `not`, measured without recursion so that a
 * hostile document thousands of levels deep is measured, not a stack overflow. Real policies
 * nest two or three levels; the limit leaves room and keeps every recursive walk (the schema,
 * the checks, the engine) far from the stack's end.
 */
export const MAX_CONDITION_DEPTH = 32;

function children(node: unknown): readonly unknown[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const children: unknown[] = [];
  for (const key of ['all', 'any'] as const) {
    const list: unknown = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : null;
    if (Array.isArray(list)) children.push(...(list as unknown[]));
  }
  if (Object.hasOwn(node, 'not')) children.push((node as { not: unknown }).not);
  return children;
}

/**
 * The nesting depth of `condition` (a leaf is 0), or `stopAbove + 1` as soon as it is known
 * to exceed `stopAbove`: the walk never goes further than it needs to.
 */
export function conditionDepth(condition: unknown, stopAbove: number): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: condition, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const below = children(next.node);
    if (below.length === 0) continue;
    const depth = next.depth + 1;
    if (depth > stopAbove) return stopAbove + 1;
    deepest = Math.max(deepest, depth);
    for (const child of below) stack.push({ node: child, depth });
  }
  return deepest;
}
