import type { Evaluation } from '../../../utils/rules/engine/types';

/** An evaluation with nothing in it, for component tests to fill in what they look at. */
export function emptyEvaluation(changes: Partial<Evaluation> = {}): Evaluation {
  return {
    orderId: '8190456612873401',
    pack: { id: 'test', version: '1' },
    objective: 'balanced',
    weight: { grams: 250, source: 'assumed', unknownSkus: [] },
    channels: [],
    recommended: null,
    alternatives: [],
    ruledOut: [],
    warnings: [],
    split: null,
    blockedBy: null,
    platformRouted: null,
    customs: [],
    buyerService: null,
    assumptions: [],
    ...changes,
  };
}
