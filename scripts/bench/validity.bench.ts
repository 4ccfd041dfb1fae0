/**
 * Validity of the quality method on the seeded catalog (built in-process, no database): the joint
 * ability fit of the engine against the min-max mean it replaced, in one run. Prints held-out
 * pairwise accuracy (five folds, fixed seed) and concordance, by overall score and by quality,
 * then the top 20 of every peer group for a person to read. Targets: held-out accuracy (overall)
 * ≥ 0.80 and ≥ 5 points above the old method; concordance (overall) ≥ 0.88. Exits non-zero when
 * a target is missed. Run with `npm run bench:validity`; not a test.
 */
import { peerGroupEntryKey } from '../../src/domain/scoring/cohort.ts';
import { peerStatsByGroup } from '../../src/domain/scoring/peer-stats.ts';
import { scoreCatalog } from '../../src/domain/scoring/snapshot.ts';
import type { Cohort, ModelScore, SignalName, SignalScore } from '../../src/domain/scoring/types.ts';
import { concordance, heldOutAccuracy, type Method, type ScoreKind } from './validity/metrics.ts';
import { type MethodScores, minMaxScores } from './validity/min-max-method.ts';
import { seededCohort } from './validity/seeded-cohort.ts';

const SEED = 2026;
/** Further seeds, only to show how much the held-out figure moves with the folds. */
const SPREAD_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const TARGET_ACCURACY = 0.8;
const TARGET_LEAD = 0.05;
const TARGET_CONCORDANCE = 0.88;
const TOP = 20;
/** The cases of issue 15, to see where each method puts them. */
const WATCHED = [
  'openai/gpt-5.4',
  'anthropic/claude-sonnet-4-6',
  'meta/llama-4-scout-17b-instruct',
  'deepreinforce/ornith-1.0-397b',
  'mistral/mistral-medium-2505',
  'meta/llama-3.1-8b-instruct',
];

const cohort = seededCohort();
const full = scoreCatalog(cohort);
// Capabilities and Context window do not depend on benchmark results: the same in every fold.
const tiebreakers = new Map(full.models.map((m) => [peerGroupEntryKey(m), m.signals]));

const newScores = (snapshot: { models: ModelScore[] }): MethodScores => ({
  quality: new Map(snapshot.models.flatMap((m) => (m.signals.BENCHMARKS.value === null ? [] : [[peerGroupEntryKey(m), m.signals.BENCHMARKS.value]]))),
  overall: new Map(snapshot.models.flatMap((m) => (m.overall.value === null ? [] : [[peerGroupEntryKey(m), m.overall.value]]))),
});
const methods: Record<'old' | 'new', Method> = {
  old: (c: Cohort) => minMaxScores(c, tiebreakers as ReadonlyMap<string, Record<SignalName, SignalScore>>),
  new: (c: Cohort) => newScores(scoreCatalog(c)),
};

const fixed = (x: number): string => x.toFixed(3);
const results = cohort.models.reduce((sum, m) => sum + m.benchmarks.length, 0);
console.log(`seeded catalog as of ${cohort.asOf}: ${cohort.models.length} models, ${results} benchmark results`);
const { dispersion } = peerStatsByGroup(cohort).values().next().value!;
console.log(
  `interval calibration: dispersion φ = ${fixed(dispersion.factor)} from ${dispersion.residuals} leave-one-result-out residuals, ` +
    `${((dispersion.coverage ?? 0) * 100).toFixed(1)}% of them inside the calibrated 95% interval`,
);
console.log('                              old (min-max mean)   new (joint fit)');

const verdicts: boolean[] = [];
for (const kind of ['overall', 'quality'] as ScoreKind[]) {
  const figures = heldOutAccuracy(cohort, methods, kind, SEED);
  const { old, new: fitted } = figures as Record<'old' | 'new', { accuracy: number; results: number; pairs: number }>;
  const met = fitted.accuracy >= TARGET_ACCURACY && fitted.accuracy - old.accuracy >= TARGET_LEAD;
  if (kind === 'overall') verdicts.push(met);
  console.log(
    `held-out accuracy (${kind.padEnd(7)})   ${fixed(old.accuracy).padEnd(21)}${fixed(fitted.accuracy).padEnd(8)} ${kind === 'overall' ? (met ? '✓' : '✗') : ' '} ` +
      `(${fitted.results} held-out results, ${fitted.pairs} pairs; seed ${SEED})`,
  );
}
const fullScores = { old: methods.old(cohort), new: newScores(full) };
for (const kind of ['overall', 'quality'] as ScoreKind[]) {
  const old = concordance(cohort, fullScores.old[kind]);
  const fitted = concordance(cohort, fullScores.new[kind]);
  const met = fitted.concordance >= TARGET_CONCORDANCE;
  if (kind === 'overall') verdicts.push(met);
  console.log(
    `concordance (${kind.padEnd(7)})         ${fixed(old.concordance).padEnd(21)}${fixed(fitted.concordance).padEnd(8)} ${kind === 'overall' ? (met ? '✓' : '✗') : ' '} (${fitted.benchmarks} benchmarks)`,
  );
}
console.log(`targets: held-out (overall) ≥ ${TARGET_ACCURACY} and ≥ old + ${TARGET_LEAD}; concordance (overall) ≥ ${TARGET_CONCORDANCE}`);

const leads = SPREAD_SEEDS.map((seed) => {
  const { old, new: fitted } = heldOutAccuracy(cohort, methods, 'overall', seed) as Record<'old' | 'new', { accuracy: number }>;
  return { old: old.accuracy, fitted: fitted.accuracy };
});
const summary = (values: number[]): string =>
  `mean ${fixed(values.reduce((sum, v) => sum + v, 0) / values.length)} (${fixed(Math.min(...values))}–${fixed(Math.max(...values))})`;
console.log(
  `held-out accuracy (overall) over seeds ${SPREAD_SEEDS[0]}–${SPREAD_SEEDS.at(-1)}: old ${summary(leads.map((l) => l.old))}, ` +
    `new ${summary(leads.map((l) => l.fitted))}, lead ${summary(leads.map((l) => l.fitted - l.old))}`,
);

const byId = new Map(cohort.models.filter((m) => m.primary).map((m) => [m.modelId, m]));
const interval = (bounds: { lower: number; upper: number } | null): string => (bounds ? `[${bounds.lower.toFixed(1)}, ${bounds.upper.toFixed(1)}]` : '');
const groups = [...new Set(full.models.map((m) => m.peerGroup))].sort();
for (const group of groups) {
  const ranked = full.models
    .filter((m) => m.peerGroup === group && m.ranks.overall.peerGroup !== null)
    .sort((a, b) => (a.ranks.overall.peerGroup?.rank ?? 0) - (b.ranks.overall.peerGroup?.rank ?? 0));
  if (ranked.length === 0) {
    console.log(`\n${group}: no scored model (no benchmark result in the group)`);
    continue;
  }
  const shown = Math.min(TOP, ranked.length);
  console.log(`\n${group}: top ${shown} of ${ranked.length} scored (rank, best possible rank, overall [95%], confidence, quality [95%], results)`);
  for (const m of ranked.slice(0, TOP)) {
    const rank = m.ranks.overall.peerGroup!;
    console.log(
      `${String(rank.rank).padStart(3)} ${`(≥${rank.bestPossibleRank})`.padEnd(6)} ${(byId.get(m.modelId)?.name ?? m.modelId).padEnd(40)} ` +
        `${(m.overall.value ?? 0).toFixed(1).padStart(5)} ${interval(m.overall.interval).padEnd(13)} ${(m.overall.confidence ?? '').padEnd(6)} ` +
        `${(m.signals.BENCHMARKS.value ?? 0).toFixed(1).padStart(5)} ${interval(m.signals.BENCHMARKS.interval).padEnd(13)} ${byId.get(m.modelId)?.benchmarks.length ?? 0}`,
    );
  }
}

/** The model's place in its primary peer group (scores are keyed per entry, see peerGroupEntryKey). */
const rankIn = (scores: ReadonlyMap<string, number>, id: string): string => {
  const group = byId.get(id)!.peerGroup;
  const score = scores.get(peerGroupEntryKey({ modelId: id, peerGroup: group }));
  if (score === undefined) return 'unscored';
  const inGroup = [...scores].filter(([entry]) => entry.endsWith(` ${group}`));
  return `#${inGroup.filter(([, s]) => s > score).length + 1} of ${inGroup.length} (${score.toFixed(1)})`;
};
console.log('\nissue 15 cases, overall rank: old → new');
for (const id of WATCHED) {
  if (byId.has(id)) console.log(`  ${id.padEnd(36)} ${rankIn(fullScores.old.overall, id).padEnd(20)} → ${rankIn(fullScores.new.overall, id)}`);
}

if (verdicts.includes(false)) process.exitCode = 1;
