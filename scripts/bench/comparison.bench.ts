/**
 * Comparison engine timing: every pair of a ~500-model synthetic catalog (124,750 comparisons),
 * the engine alone (inputs built beforehand). Each model is prepared once before the timing
 * (`prepareComparedModel`: its pair-independent parts, timed and shown separately) and every pair
 * is compared with `comparePreparedModels`, as a caller comparing one model against many would.
 * Target < 2 s. Run with `npm run bench:comparison`; exits non-zero when the target is missed.
 */
import fc from 'fast-check';
import { comparePreparedModels } from '../../src/domain/comparison/compare.ts';
import { prepareComparedModel } from '../../src/domain/comparison/prepare.ts';
import type { ComparedModelInput } from '../../src/domain/comparison/types.ts';
import { comparedModels } from '../../tests/unit/comparison/arbitraries.ts';

const MODELS = 500;
const TARGET_MS = 2_000;

/** Models drawn in fives (the arbitrary's largest comparison) and given catalog-unique ids. */
const catalog: ComparedModelInput[] = fc
  .sample(comparedModels(5), { seed: 2026, numRuns: MODELS / 5 })
  .flat()
  .map((input, index) => {
    const id = `lab/model-${index}`;
    return { ...input, requestedId: id, model: { ...input.model, id }, score: { ...input.score, modelId: id } };
  });

const prepareStart = performance.now();
const prepared = catalog.map(prepareComparedModel);
const prepareMs = performance.now() - prepareStart;

function allPairs(): number {
  let count = 0;
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      comparePreparedModels([prepared[i]!, prepared[j]!]);
      count++;
    }
  }
  return count;
}

allPairs(); // warm-up: JIT compilation is not what we measure
const startCpu = process.cpuUsage();
const start = performance.now();
const comparisons = allPairs();
const elapsedMs = performance.now() - start;
const { user, system } = process.cpuUsage(startCpu);
// On a shared machine wall time includes waiting for a core; CPU time is the engine's own cost.
const cpuMs = (user + system) / 1000;
const ok = elapsedMs < TARGET_MS;
const perComparison = (ms: number): string => `${((ms * 1000) / comparisons).toFixed(1)} µs`;
console.log(
  `${ok ? '✓' : '✗'} all pairs of ${catalog.length} models: ${comparisons} comparisons in ${elapsedMs.toFixed(0)} ms wall ` +
    `(${perComparison(elapsedMs)} each), ${cpuMs.toFixed(0)} ms CPU (${perComparison(cpuMs)} each); target < ${TARGET_MS} ms ` +
    `(models prepared once beforehand, untimed: ${prepareMs.toFixed(0)} ms, cold)`,
);
if (!ok) process.exitCode = 1;
