/** The scoring engine's public surface. */
export type * from './types.ts';
export { SIGNAL_NAMES } from './types.ts';
export { buildCohort } from './cohort.ts';
export { scoreCatalog } from './snapshot.ts';
export { METHODOLOGY, renderMethodologyMarkdown } from './methodology.ts';
export { intervalOf, intervalWinner, isStatisticallyTied } from './ties.ts';
export { competitionRanks, topPercentile } from './ranks.ts';
export { apportion } from './explain.ts';
export { EVIDENCE_PRIOR_KEY } from './signals/benchmarks.ts';
export { confidenceFor } from './overall.ts';
export { benchmarkHistory, replayScoreHistory, LMARENA_TEXT_BENCHMARK_ID } from './history.ts';
