import type { IsoDate } from '../../catalog.ts';
import type { PeerStats } from '../peer-stats.ts';
import type { BenchmarkCoverage, CohortModel, SignalName, SignalScore } from '../types.ts';
import { benchmarksSignal } from './benchmarks.ts';
import { capabilitiesSignal } from './capabilities.ts';
import { tokenLimitSignal } from './limits.ts';
import { pricingSignal } from './pricing.ts';
import { recencySignal } from './recency.ts';

export interface ModelSignals {
  signals: Record<SignalName, SignalScore>;
  coverage: BenchmarkCoverage;
}

/** The six signals of one model against its peer group's figures. */
export function scoreSignals(model: CohortModel, peers: PeerStats, asOf: IsoDate): ModelSignals {
  const benchmarks = benchmarksSignal(model, peers.benchmarks, peers.abilities);
  return {
    signals: {
      CAPABILITIES: capabilitiesSignal(model),
      PRICING: pricingSignal(model, model.price ? peers.prices.get(model.price.unit) : undefined),
      CONTEXT_WINDOW: tokenLimitSignal('CONTEXT_WINDOW', 'context window', model.contextTokens, peers.contextTokens),
      RECENCY: recencySignal(model, asOf),
      OUTPUT_CAPACITY: tokenLimitSignal('OUTPUT_CAPACITY', 'max output', model.maxOutputTokens, peers.maxOutputTokens),
      BENCHMARKS: benchmarks.signal,
    },
    coverage: benchmarks.coverage,
  };
}
