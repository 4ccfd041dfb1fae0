import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offering, TokenLimit } from '../../../src/domain/catalog.ts';
import { NO_CAPABILITIES } from '../../../src/domain/catalog.ts';
import { priceSuspicions } from '../../../src/domain/cost/plausibility.ts';
import { buildCohort } from '../../../src/domain/scoring/cohort.ts';
import { scoreCatalog } from '../../../src/domain/scoring/snapshot.ts';
import { type CatalogInput, type Contribution, type ModelScore, type Rank, type ScoreSnapshot, SIGNAL_NAMES } from '../../../src/domain/scoring/types.ts';
import { catalogArbitrary, PROPERTY_AS_OF } from './arbitraries.ts';
import { noLimit, tokens } from './fixtures.ts';

const score = (catalog: CatalogInput): ScoreSnapshot => scoreCatalog(buildCohort(catalog, PROPERTY_AS_OF));
const find = (snapshot: ScoreSnapshot, id: string): ModelScore | undefined => snapshot.models.find((m) => m.modelId === id);
const tenths = (values: number[]): number => values.reduce((sum, v) => sum + Math.round(v * 10), 0);
const RUNS = { numRuns: 300 };

/** A catalog and one of its models (by index), for properties about changing that model. */
const catalogAndModel = catalogArbitrary().chain((catalog) => fc.tuple(fc.constant(catalog), fc.nat({ max: catalog.models.length - 1 })));

function scaleOfferingPrice(o: Offering, factor: number): Offering {
  const scale = (nano: number | null): number | null => (nano === null ? null : Math.floor(nano * factor));
  const { tokens: t } = o.price;
  return {
    ...o,
    price: {
      ...o.price,
      tokens: { ...t, inputNanoUsdPerMTok: scale(t.inputNanoUsdPerMTok), outputNanoUsdPerMTok: scale(t.outputNanoUsdPerMTok) },
      imageOutputNanoUsdPerImage: scale(o.price.imageOutputNanoUsdPerImage),
    },
  };
}

describe('scoring properties over generated cohorts', () => {
  it('a cheaper price never lowers the Pricing signal, unless it becomes suspect, and then it never ranks the model', () => {
    fc.assert(
      fc.property(catalogAndModel, fc.double({ min: 0, max: 1, noNaN: true }), ([catalog, index], factor) => {
        const target = buildCohort(catalog, PROPERTY_AS_OF).models.find((m) => m.modelId === catalog.models[index]?.id);
        const offeringId = target?.price?.offeringId;
        if (!target || offeringId === undefined) return;
        const cheaper = { ...catalog, offerings: catalog.offerings.map((o) => (o.id === offeringId ? scaleOfferingPrice(o, factor) : o)) };
        if (priceSuspicions(cheaper.offerings.filter((o) => o.modelId === target.modelId)).has(offeringId)) {
          const ranked = buildCohort(cheaper, PROPERTY_AS_OF).models.filter((m) => m.modelId === target.modelId);
          for (const entry of ranked) expect(entry.price?.offeringId).not.toBe(offeringId);
          return;
        }
        const before = find(score(catalog), target.modelId)?.signals.PRICING.value;
        const after = find(score(cheaper), target.modelId)?.signals.PRICING.value;
        expect(after).not.toBeNull();
        expect(after).toBeGreaterThanOrEqual(before as number);
      }),
      RUNS,
    );
  });

  it('more context never lowers the Context window signal', () => {
    fc.assert(
      fc.property(catalogAndModel, fc.integer({ min: 1, max: 1000 }), ([catalog, index], extraTokens) => {
        const target = catalog.models[index];
        const context: TokenLimit | undefined = target?.limits.contextTokens;
        if (!target || !context || context.tokens === null || context.tokens <= 0) return;
        const larger = tokens(context.tokens * extraTokens);
        const grown = {
          ...catalog,
          models: catalog.models.map((m) => (m === target ? { ...m, limits: { ...m.limits, contextTokens: larger } } : m)),
        };
        const before = find(score(catalog), target.id)?.signals.CONTEXT_WINDOW.value;
        const after = find(score(grown), target.id)?.signals.CONTEXT_WINDOW.value;
        if (before === undefined) return; // not in the cohort
        expect(after).toBeGreaterThanOrEqual(before as number);
      }),
      RUNS,
    );
  });

  it('missing data never raises the overall score: forgetting a tiebreaker never lifts it', () => {
    fc.assert(
      fc.property(catalogAndModel, fc.boolean(), ([catalog, index], forgetCapabilities) => {
        const target = catalog.models[index];
        if (!target) return;
        const forgotten = {
          ...catalog,
          models: catalog.models.map((m) =>
            m !== target
              ? m
              : forgetCapabilities
                ? { ...m, capabilities: { ...NO_CAPABILITIES } }
                : { ...m, limits: { ...m.limits, contextTokens: noLimit('UNKNOWN') } },
          ),
        };
        const before = find(score(catalog), target.id)?.overall.value;
        const after = find(score(forgotten), target.id)?.overall.value;
        if (before === undefined || before === null) return;
        expect(after).not.toBeNull();
        expect(after).toBeLessThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('ranks follow scores: better value ⇔ better rank, equal value ⇔ shared rank', () => {
    const pairs: [(m: ModelScore) => number | null, (m: ModelScore) => Rank | null][] = [
      [(m) => m.overall.value, (m) => m.ranks.overall.peerGroup],
      [(m) => m.signals.BENCHMARKS.value, (m) => m.ranks.quality.peerGroup],
    ];
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        const models = score(catalog).models;
        for (const [value, rank] of pairs) {
          for (const a of models) {
            const va = value(a);
            expect(rank(a) === null).toBe(va === null);
            if (va === null) continue;
            const peers = models.filter((b) => b.peerGroup === a.peerGroup && value(b) !== null);
            // Competition ranking: 1 + the number of strictly better peers.
            expect(rank(a)?.rank).toBe(1 + peers.filter((b) => (value(b) as number) > va).length);
            expect(rank(a)?.of).toBe(peers.length);
          }
        }
      }),
      RUNS,
    );
  });

  it('percentiles follow ranks: top = ceil(rank / of × 100), within 1..100, never better for a worse rank', () => {
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        const ranks = score(catalog).models.flatMap((m) => [m.ranks.overall, m.ranks.quality, m.ranks.adoption].flatMap((pair) => [pair.peerGroup, pair.all]));
        for (const r of ranks) {
          if (r === null) continue;
          expect(r.percentile).toBe(Math.ceil((r.rank * 100) / r.of));
          expect(r.percentile).toBeGreaterThanOrEqual(1);
          expect(r.percentile).toBeLessThanOrEqual(100);
          for (const other of ranks) {
            if (other && other.group === r.group && other.of === r.of && other.rank > r.rank) {
              expect(other.percentile).toBeGreaterThanOrEqual(r.percentile);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('contributions add up exactly (in tenths) to the score they explain', () => {
    const checkParts = (parts: Contribution[], total: number): void => {
      expect(tenths(parts.map((p) => p.points))).toBe(Math.round(total * 10));
      for (const part of parts) if (part.parts.length > 0) checkParts(part.parts, part.points);
    };
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        for (const m of score(catalog).models) {
          if (m.overall.value !== null) {
            checkParts(m.overall.contributions, m.overall.value);
            // Weights make 100% unless an UNKNOWN tiebreaker's weight is left out.
            const unknownTiebreaker = m.signals.CAPABILITIES.reason === 'UNKNOWN' || m.signals.CONTEXT_WINDOW.reason === 'UNKNOWN';
            const weightTenths = tenths(m.overall.contributions.map((c) => c.weightPercent));
            if (unknownTiebreaker) expect(weightTenths).toBeLessThan(1000);
            else expect(weightTenths).toBe(1000);
          }
          const benchmarks = m.signals.BENCHMARKS;
          if (benchmarks.value !== null) checkParts(benchmarks.contributions, benchmarks.value);
        }
      }),
      RUNS,
    );
  });

  it('every signal is 0-100 at one decimal, or null with a reason; overall exists iff benchmarks do', () => {
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        for (const m of score(catalog).models) {
          for (const name of SIGNAL_NAMES) {
            const s = m.signals[name];
            if (s.value === null) {
              expect(['NOT_APPLICABLE', 'UNKNOWN']).toContain(s.reason);
            } else {
              expect(s.value).toBeGreaterThanOrEqual(0);
              expect(s.value).toBeLessThanOrEqual(100);
              expect(Math.round(s.value * 10) / 10).toBe(s.value);
            }
          }
          expect(m.overall.value === null).toBe(m.signals.BENCHMARKS.value === null);
        }
      }),
      RUNS,
    );
  });

  it('a free model scores 100 on Pricing, exactly like the cheapest paid one; unknown is never scored', () => {
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        const cohort = buildCohort(catalog, PROPERTY_AS_OF);
        const snapshot = scoreCatalog(cohort);
        for (const model of cohort.models) {
          const pricing = find(snapshot, model.modelId)?.signals.PRICING;
          if (model.price === null) expect(pricing).toMatchObject({ value: null, reason: 'UNKNOWN' });
          else if (model.price.amountUsd === 0) expect(pricing?.value).toBe(100);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of the order of the input arrays', () => {
    fc.assert(
      fc.property(catalogArbitrary(), (catalog) => {
        const reversed: CatalogInput = {
          models: [...catalog.models].reverse(),
          offerings: [...catalog.offerings].reverse(),
          benchmarks: [...catalog.benchmarks].reverse(),
        };
        const first = score(catalog);
        expect(score(catalog)).toEqual(first);
        expect(JSON.stringify(score(reversed))).toBe(JSON.stringify(first));
      }),
      { numRuns: 150 },
    );
  });
});
