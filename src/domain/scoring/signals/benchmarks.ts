import { roundScore } from '../../rounding.ts';
import type { AbilityFit, BenchmarkEvidence, ModelAbility } from '../ability/fit.ts';
import { qualityInterval, qualityOf } from '../ability/quality.ts';
import { apportion, weightPercents } from '../explain.ts';
import { METHODOLOGY } from '../methodology.ts';
import type { BenchmarkCoverage, CohortBenchmark, CohortModel, Contribution, ExplanationInput, SignalScore } from '../types.ts';
import type { Range } from './scale.ts';
import { knownSignal, missingSignal } from './score.ts';

/** Key of the prior's part among the Benchmarks contributions. */
export const EVIDENCE_PRIOR_KEY = 'EVIDENCE_PRIOR';

export interface BenchmarksOutcome {
  signal: SignalScore;
  coverage: BenchmarkCoverage;
}

const logits = (value: number): number => Math.round(value * 1000) / 1000;

function coverageOf(model: CohortModel, groupSet: ReadonlyMap<string, Range>): BenchmarkCoverage {
  const present = model.benchmarks.filter((result) => groupSet.has(result.benchmarkId)).length;
  return { present, total: groupSet.size, percent: groupSet.size === 0 ? 0 : roundScore((100 * present) / groupSet.size) };
}

function evidenceInputs(evidence: BenchmarkEvidence, result: CohortBenchmark): ExplanationInput[] {
  const inputs: ExplanationInput[] = [
    { name: `${result.benchmarkName} score (${result.date})`, value: result.score, unit: result.metric, provenance: result.provenance },
    { name: 'models of the peer group compared with on this benchmark', value: evidence.comparisons, unit: 'models', provenance: null },
    { name: 'comparisons won (a near-tie counts about one half)', value: roundScore(evidence.wins), unit: 'comparisons', provenance: null },
    { name: 'discrimination of the benchmark', value: logits(evidence.discrimination), unit: null, provenance: null },
    { name: 'ability this benchmark alone implies, above the average model', value: logits(evidence.impliedAbility), unit: 'logits', provenance: null },
  ];
  if (result.ciLower !== null && result.ciUpper !== null) {
    inputs.splice(1, 0, {
      name: '95% interval of the rating',
      value: `${result.ciLower} – ${result.ciUpper}`,
      unit: result.metric,
      provenance: result.provenance,
    });
  }
  return inputs;
}

/**
 * One part per benchmark the model is compared on, and one for the prior. A part's weight is its
 * share of the information behind the ability; its value is the quality that part alone implies;
 * its points split the signal's value in proportion to weight × value, so that they add up to it.
 */
function contributionsOf(model: CohortModel, ability: ModelAbility, reference: number, value: number): Contribution[] {
  const resultById = new Map(model.benchmarks.map((result) => [result.benchmarkId, result]));
  const relative = (evidence: BenchmarkEvidence): BenchmarkEvidence => ({ ...evidence, impliedAbility: evidence.impliedAbility - reference });
  const parts = [
    ...ability.evidence.map((evidence) => ({
      key: evidence.benchmarkId,
      label: evidence.benchmarkName,
      information: evidence.information,
      value: roundScore(qualityOf(evidence.impliedAbility, reference)),
      inputs: evidenceInputs(relative(evidence), resultById.get(evidence.benchmarkId) as CohortBenchmark),
    })),
    {
      key: EVIDENCE_PRIOR_KEY,
      label: `Prior (ability ~ N(0, ${METHODOLOGY.parameters.ability.abilityPriorSd}²): a model the evidence says nothing about is an average one)`,
      information: ability.priorInformation,
      value: roundScore(qualityOf(0, reference)),
      inputs: [{ name: 'prior mean, above the average model', value: logits(-reference), unit: 'logits', provenance: null }],
    },
  ];
  const weights = weightPercents(parts.map((part) => part.information));
  const products = parts.map((part, i) => (weights[i] ?? 0) * part.value);
  // Every shown part at 0 (a score of 0.1 from parts rounding to 0.0): split by weight alone.
  const points = apportion(products.some((p) => p > 0) ? products : weights, value);
  return parts.map((part, i) => ({
    key: part.key,
    label: part.label,
    value: part.value,
    weightPercent: weights[i] ?? 0,
    points: points[i] ?? 0,
    inputs: part.inputs,
    parts: [],
  }));
}

/**
 * The quality of a model from its group's joint ability fit (see ability/fit.ts): 100 × the
 * probability of being preferred to the group's average model in a head-to-head vote, with its 95%
 * interval. Null only for a model without any benchmark result.
 */
export function benchmarksSignal(model: CohortModel, groupSet: ReadonlyMap<string, Range>, fit: AbilityFit): BenchmarksOutcome {
  const coverage = coverageOf(model, groupSet);
  const ability = fit.abilities.get(model.modelId);
  if (model.benchmarks.length === 0 || ability === undefined) {
    return { signal: missingSignal('BENCHMARKS', 'UNKNOWN', 'the model has no benchmark result'), coverage };
  }
  const value = roundScore(qualityOf(ability.ability, fit.reference));
  const interval = qualityInterval(ability, fit.reference);
  const compared = new Set(ability.evidence.map((e) => e.benchmarkId));
  const inputs: ExplanationInput[] = [
    { name: 'ability above the average model of the peer group', value: logits(ability.ability - fit.reference), unit: 'logits', provenance: null },
    { name: 'standard error of the ability above the average model', value: logits(ability.standardError), unit: 'logits', provenance: null },
    { name: 'benchmarks the model is compared on', value: compared.size, unit: 'benchmarks', provenance: null },
    {
      name: 'results no other model of the peer group shares (they order nothing)',
      value: model.benchmarks.filter((result) => !compared.has(result.benchmarkId)).length,
      unit: 'results',
      provenance: null,
    },
    { name: "benchmarks of the peer group's set the model has", value: coverage.present, unit: 'benchmarks', provenance: null },
    { name: "benchmarks in the peer group's set", value: coverage.total, unit: 'benchmarks', provenance: null },
  ];
  return { signal: knownSignal('BENCHMARKS', value, inputs, contributionsOf(model, ability, fit.reference, value), interval), coverage };
}
