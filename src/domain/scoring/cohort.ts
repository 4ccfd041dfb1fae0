/**
 * From catalog records to the compact per-model facts the engine scores. All the catalog-reading
 * rules (who is known at the as-of date, which price a model is ranked on, which benchmark result
 * counts) live here, so that the signals only do arithmetic.
 */
import { speaksForTheModel } from '../benchmark-series.ts';
import { capabilitiesNotApplicable } from '../capability-applicability.ts';
import type { BenchmarkResult, IsoDate, Offering, PeerGroup } from '../catalog.ts';
import { plausibleOfferings } from '../cost/plausibility.ts';
import { roundScore } from '../rounding.ts';
import { groupBy } from '../util/grouping.ts';
import { byKey } from '../util/sorting.ts';
import { METHODOLOGY } from './methodology.ts';
import type { CatalogInput, Cohort, CohortBenchmark, CohortModel, PriceComponent, PricingUnit, RankingPrice } from './types.ts';

const NANO_USD_PER_USD = 1e9;

const usd = (nanoUsd: number): number => nanoUsd / NANO_USD_PER_USD;

/** The offering's price in `unit` (USD), or null when it is not pay-per-use or lacks a needed price. */
function amountInUnit(offering: Offering, unit: PricingUnit): number | null {
  const { price } = offering;
  if (price.kind !== 'PAY_PER_USE') return null;
  const input = price.tokens.inputNanoUsdPerMTok;
  const output = price.tokens.outputNanoUsdPerMTok;
  switch (unit) {
    case 'USD_PER_MTOK_BLENDED': {
      const { blend } = METHODOLOGY.parameters;
      return input === null || output === null ? null : blend.input * usd(input) + blend.output * usd(output);
    }
    case 'USD_PER_MTOK_INPUT':
      return input === null ? null : usd(input);
    case 'USD_PER_IMAGE':
      return price.imageOutputNanoUsdPerImage === null ? null : usd(price.imageOutputNanoUsdPerImage);
  }
}

/** The parts of a ranking price, for the explanation (only called once `amountInUnit` succeeded). */
function components(offering: Offering, unit: PricingUnit): PriceComponent[] {
  const { tokens, imageOutputNanoUsdPerImage } = offering.price;
  const { blend } = METHODOLOGY.parameters;
  switch (unit) {
    case 'USD_PER_MTOK_BLENDED':
      return [
        { name: 'input', usdPerUnit: usd(tokens.inputNanoUsdPerMTok ?? 0), weightPercent: roundScore(blend.input * 100) },
        { name: 'output', usdPerUnit: usd(tokens.outputNanoUsdPerMTok ?? 0), weightPercent: roundScore(blend.output * 100) },
      ];
    case 'USD_PER_MTOK_INPUT':
      return [{ name: 'input', usdPerUnit: usd(tokens.inputNanoUsdPerMTok ?? 0), weightPercent: 100 }];
    case 'USD_PER_IMAGE':
      return [{ name: 'image', usdPerUnit: usd(imageOutputNanoUsdPerImage ?? 0), weightPercent: 100 }];
  }
}

function rankingPrice(group: PeerGroup, offerings: readonly Offering[], canonical: Offering | undefined): RankingPrice | null {
  const units = METHODOLOGY.parameters.pricingUnitsByGroup[group];
  const priced = (offering: Offering, unit: PricingUnit, amountUsd: number, basis: RankingPrice['basis']): RankingPrice => ({
    unit,
    amountUsd,
    components: components(offering, unit),
    offeringId: offering.id,
    basis,
    provenance: offering.price.provenance ?? offering.provenance,
  });
  if (canonical) {
    for (const unit of units) {
      const amount = amountInUnit(canonical, unit);
      if (amount !== null) return priced(canonical, unit, amount, 'CANONICAL');
    }
  }
  for (const unit of units) {
    let cheapest: { offering: Offering; amount: number } | null = null;
    for (const offering of offerings) {
      const amount = amountInUnit(offering, unit);
      if (amount === null) continue;
      // Equal prices: the lowest offering id, so the choice does not depend on input order.
      if (!cheapest || amount < cheapest.amount || (amount === cheapest.amount && offering.id < cheapest.offering.id)) {
        cheapest = { offering, amount };
      }
    }
    if (cheapest) return priced(cheapest.offering, unit, cheapest.amount, 'CHEAPEST_PAY_PER_USE');
  }
  return null;
}

/** The latest result per benchmark dated on or before `asOf` (same date: see `speaksForTheModel`). */
function latestBenchmarks(results: readonly BenchmarkResult[], asOf: IsoDate): CohortBenchmark[] {
  const latest = new Map<string, { result: BenchmarkResult; date: IsoDate }>();
  for (const result of results) {
    const date = result.date ?? result.provenance.observedAt;
    if (date > asOf) continue;
    const current = latest.get(result.benchmarkId);
    if (!current || date > current.date || (date === current.date && speaksForTheModel(result, current.result))) {
      latest.set(result.benchmarkId, { result, date });
    }
  }
  return [...latest.values()].sort(byKey(({ result }) => result.benchmarkId)).map(({ result: r, date }) => ({
    benchmarkId: r.benchmarkId,
    benchmarkName: r.benchmarkName,
    score: r.score,
    metric: r.metric,
    higherIsBetter: r.higherIsBetter,
    date,
    votes: r.votes,
    ciLower: r.ciLower,
    ciUpper: r.ciUpper,
    resultId: r.id,
    provenance: r.provenance,
  }));
}

function arenaVotes(benchmarks: readonly CohortBenchmark[]): number | null {
  const voted = benchmarks.filter((b) => b.votes !== null);
  return voted.length === 0 ? null : voted.reduce((sum, b) => sum + (b.votes ?? 0), 0);
}

/** The key of a model's entry in one peer group (a cohort entry, a score). */
export const peerGroupEntryKey = ({ modelId, peerGroup }: { modelId: string; peerGroup: PeerGroup }): string => `${modelId} ${peerGroup}`;

/**
 * The cohort at `asOf`: every model released by then, listed by an offering then, or with a
 * benchmark result dated by then, once in each of its peer groups (its primary group first).
 * `catalog` should be the catalog as it stood then (a history replay); the release-date and
 * benchmark-date filters still keep later facts out. Models are sorted by id.
 */
export function buildCohort(catalog: CatalogInput, asOf: IsoDate): Cohort {
  const liveOfferings = catalog.offerings.filter((o) => o.status !== 'DEPRECATED');
  const offeringById = new Map(liveOfferings.map((o) => [o.id, o]));
  const offeringsByModel = groupBy(liveOfferings, (o) => o.modelId);
  const benchmarksByModel = groupBy(catalog.benchmarks, (b) => b.modelId);

  const hasResultBy = (modelId: string) => benchmarksByModel.get(modelId)?.some((b) => (b.date ?? b.provenance.observedAt) <= asOf) ?? false;
  // A model no provider lists is known once a leaderboard has ranked it.
  const models = catalog.models
    .filter((m) => (m.releaseDate !== null && m.releaseDate <= asOf) || offeringsByModel.has(m.id) || hasResultBy(m.id))
    .sort(byKey((m) => m.id))
    .flatMap((model): CohortModel[] => {
      const offerings = offeringsByModel.get(model.id) ?? [];
      // A suspect price (plausibility.ts) never ranks a model: not as its canonical price, not as its cheapest.
      const plausible = plausibleOfferings(offerings);
      const canonicalOffering = model.canonicalOfferingId === null ? undefined : offeringById.get(model.canonicalOfferingId);
      const canonical = canonicalOffering && plausible.includes(canonicalOffering) ? canonicalOffering : undefined;
      const benchmarks = latestBenchmarks(benchmarksByModel.get(model.id) ?? [], asOf);
      const payPerUseProviders = new Set(offerings.filter((o) => o.price.kind === 'PAY_PER_USE').map((o) => o.providerId));
      return model.peerGroups.map((peerGroup) => ({
        modelId: model.id,
        name: model.name,
        peerGroup,
        primary: peerGroup === model.peerGroup,
        releaseDate: model.releaseDate,
        modelProvenance: model.provenance[0] ?? null,
        contextTokens: model.limits.contextTokens,
        maxOutputTokens: model.limits.maxOutputTokens,
        capabilities: model.capabilities,
        capabilitiesNotApplicable: capabilitiesNotApplicable(model),
        price: rankingPrice(peerGroup, plausible, canonical),
        payPerUseProviderCount: payPerUseProviders.size,
        arenaVotes: arenaVotes(benchmarks),
        benchmarks,
      }));
    });
  return { asOf, models };
}
