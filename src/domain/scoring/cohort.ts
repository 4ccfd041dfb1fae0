/**
 * From catalog records to the compact per-model facts the engine scores. All the catalog-reading
 * rules (who is known at the as-of date, which price a model is ranked on, which benchmark result
 * counts) live here, so that the signals only do arithmetic.
 */
import type { BenchmarkResult, IsoDate, Model, Offering } from '../catalog.ts';
import { byKey, groupBy } from './collections.ts';
import { METHODOLOGY } from './methodology.ts';
import type { CatalogInput, Cohort, CohortBenchmark, CohortModel, PricingUnit, RankingPrice } from './types.ts';

const NANO_USD_PER_USD = 1e9;

/** The price of an offering in `unit`, or null when it is not pay-per-use or lacks a needed price. */
function priceInUnit(
  offering: Offering,
  unit: PricingUnit,
  basis: RankingPrice['basis'],
): RankingPrice | null {
  const { price } = offering;
  if (price.kind !== 'PAY_PER_USE') return null;
  const usd = (nanoUsd: number): number => nanoUsd / NANO_USD_PER_USD;
  const base = { unit, offeringId: offering.id, basis, provenance: price.provenance ?? offering.provenance };
  const input = price.tokens.inputNanoUsdPerMTok;
  const output = price.tokens.outputNanoUsdPerMTok;
  switch (unit) {
    case 'USD_PER_MTOK_BLENDED': {
      if (input === null || output === null) return null;
      const { blend } = METHODOLOGY.parameters;
      return {
        ...base,
        amountUsd: blend.input * usd(input) + blend.output * usd(output),
        components: [
          { name: 'input', usdPerUnit: usd(input), weightPercent: blend.input * 100 },
          { name: 'output', usdPerUnit: usd(output), weightPercent: blend.output * 100 },
        ],
      };
    }
    case 'USD_PER_MTOK_INPUT':
      if (input === null) return null;
      return { ...base, amountUsd: usd(input), components: [{ name: 'input', usdPerUnit: usd(input), weightPercent: 100 }] };
    case 'USD_PER_IMAGE': {
      const perImage = price.imageOutputNanoUsdPerImage;
      if (perImage === null) return null;
      return {
        ...base,
        amountUsd: usd(perImage),
        components: [{ name: 'image', usdPerUnit: usd(perImage), weightPercent: 100 }],
      };
    }
  }
}

function rankingPrice(model: Model, offerings: readonly Offering[], canonical: Offering | undefined): RankingPrice | null {
  const units = METHODOLOGY.parameters.pricingUnitsByGroup[model.peerGroup];
  if (canonical) {
    for (const unit of units) {
      const price = priceInUnit(canonical, unit, 'CANONICAL');
      if (price) return price;
    }
  }
  for (const unit of units) {
    const priced = offerings
      .map((offering) => priceInUnit(offering, unit, 'CHEAPEST_PAY_PER_USE'))
      .filter((price): price is RankingPrice => price !== null)
      .sort((a, b) => a.amountUsd - b.amountUsd || byKey<RankingPrice>((p) => p.offeringId)(a, b));
    if (priced[0]) return priced[0];
  }
  return null;
}

function effectiveDate(result: BenchmarkResult): IsoDate {
  return result.date ?? result.provenance.observedAt;
}

/** The latest result per benchmark dated on or before `asOf` (same date: the highest result id, for determinism). */
function latestBenchmarks(results: readonly BenchmarkResult[], asOf: IsoDate): CohortBenchmark[] {
  const latest = new Map<string, BenchmarkResult>();
  for (const result of results) {
    if (effectiveDate(result) > asOf) continue;
    const current = latest.get(result.benchmarkId);
    const newer =
      !current ||
      effectiveDate(result) > effectiveDate(current) ||
      (effectiveDate(result) === effectiveDate(current) && result.id > current.id);
    if (newer) latest.set(result.benchmarkId, result);
  }
  return [...latest.values()]
    .sort(byKey((r) => r.benchmarkId))
    .map((r) => ({
      benchmarkId: r.benchmarkId,
      benchmarkName: r.benchmarkName,
      score: r.score,
      metric: r.metric,
      higherIsBetter: r.higherIsBetter,
      date: effectiveDate(r),
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

/**
 * The cohort at `asOf`. `catalog` should be the catalog as it stood then (a history replay); the
 * release-date and benchmark-date filters still keep later facts out. Models are sorted by id.
 */
export function buildCohort(catalog: CatalogInput, asOf: IsoDate): Cohort {
  const liveOfferings = catalog.offerings.filter((o) => o.status !== 'DEPRECATED');
  const offeringById = new Map(liveOfferings.map((o) => [o.id, o]));
  const offeringsByModel = groupBy(liveOfferings, (o) => o.modelId);
  const benchmarksByModel = groupBy(catalog.benchmarks, (b) => b.modelId);

  const models = catalog.models
    .filter((m) => (m.releaseDate !== null && m.releaseDate <= asOf) || offeringsByModel.has(m.id))
    .sort(byKey((m) => m.id))
    .map((model): CohortModel => {
      const offerings = offeringsByModel.get(model.id) ?? [];
      const canonical = model.canonicalOfferingId === null ? undefined : offeringById.get(model.canonicalOfferingId);
      const benchmarks = latestBenchmarks(benchmarksByModel.get(model.id) ?? [], asOf);
      const payPerUseProviders = new Set(offerings.filter((o) => o.price.kind === 'PAY_PER_USE').map((o) => o.providerId));
      return {
        modelId: model.id,
        name: model.name,
        peerGroup: model.peerGroup,
        releaseDate: model.releaseDate,
        modelProvenance: model.provenance[0] ?? null,
        contextTokens: model.limits.contextTokens,
        maxOutputTokens: model.limits.maxOutputTokens,
        capabilities: model.capabilities,
        price: rankingPrice(model, offerings, canonical),
        payPerUseProviderCount: payPerUseProviders.size,
        arenaVotes: arenaVotes(benchmarks),
        benchmarks,
      };
    });
  return { asOf, models };
}
