/**
 * Problems found in a pack (or an order given to the rules command line), each at a precise
 * path such as `channels[3].rates.US.bands[1].toGrams`, so a maintainer can go straight to it.
 */
import type { z } from 'zod';
import { toDotPath } from 'zod/v4/core';

export type PathSegment = string | number;

export interface PackIssue {
  /** `channels[3].rates.US.bands[1].toGrams`; '' for the document itself. */
  path: string;
  /** The same path as segments, for tools that map it back to a file position. */
  segments: PathSegment[];
  message: string;
}

/** zod's own path notation, the one its messages use: `a.b[0]["eu-other"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return toDotPath(segments);
}

export function issue(segments: PathSegment[], message: string): PackIssue {
  return { path: formatPath(segments), segments, message };
}

type ZodIssue = z.core.$ZodIssue;

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/**
 * How badly a union branch's keys miss the input: one point per unexpected key and per
 * missing required key. The branch with the fewest is the one the author meant, so its
 * deeper issues are the useful ones (`{"all": [...]}` is an `all`, even with a bad child).
 */
function shapeMisfit(branch: readonly ZodIssue[], input: unknown): number {
  let misfit = 0;
  for (const problem of branch) {
    if (problem.code === 'unrecognized_keys' && problem.path.length === 0) {
      misfit += problem.keys.length;
    } else if (
      problem.code === 'invalid_type' &&
      problem.path.length === 1 &&
      valueAt(input, toSegments(problem.path)) === undefined
    ) {
      misfit += 1;
    }
  }
  return misfit;
}

function closestBranch(
  branches: readonly (readonly ZodIssue[])[],
  input: unknown,
): readonly ZodIssue[] | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  const scores = branches.map((branch) => shapeMisfit(branch, input));
  const best = Math.min(...scores);
  return scores.filter((score) => score === best).length === 1
    ? (branches[scores.indexOf(best)] ?? null)
    : null;
}

function flatten(
  problem: ZodIssue,
  prefix: readonly PathSegment[],
  root: unknown,
  out: PackIssue[],
): void {
  const segments = [...prefix, ...toSegments(problem.path)];
  if (problem.code === 'invalid_union' && problem.errors.length > 0) {
    const branch = closestBranch(problem.errors, valueAt(root, segments));
    if (branch !== null) {
      for (const inner of branch) flatten(inner, segments, root, out);
      return;
    }
  }
  out.push(issue(segments, problem.message));
}

/** zod issues → PackIssues, resolving unions to the branch the input was meant to be. */
export function issuesFromZod(problems: readonly ZodIssue[], input: unknown): PackIssue[] {
  const out: PackIssue[] = [];
  for (const problem of problems) flatten(problem, [], input, out);
  return out;
}
