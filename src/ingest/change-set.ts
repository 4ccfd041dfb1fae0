/** An import's change set, from the version it replaces (its digest) and the content it builds. */
import type { CatalogContent, Offering } from '../domain/catalog.ts';
import { type CatalogChangeSet, changeList } from '../domain/catalog-changes.ts';
import { priceAndLimitsKey } from './build/price-history.ts';
import type { CatalogDigest } from './digest.ts';

/**
 * `changedBefore` holds the previous state of every offering whose document changed (the digest
 * says which); prices and limits are compared without provenance, so a new observation date alone
 * is not a change.
 */
export function changeSetOf(before: CatalogDigest, changedBefore: readonly Offering[], after: CatalogContent): CatalogChangeSet {
  const modelIds = new Set(after.models.map((model) => model.id));
  const previous = new Map(changedBefore.map((offering) => [offering.id, offering]));
  const pairs = after.offerings.flatMap((offering) => {
    const old = previous.get(offering.id);
    return old ? [{ old, offering, ids: { offeringId: offering.id, providerId: offering.providerId, modelId: offering.modelId } }] : [];
  });
  const byOffering = (change: { offeringId: string }) => change.offeringId;
  return {
    modelsAdded: changeList(
      after.models.filter((model) => before.hashes.models[model.id] === undefined).map((model) => model.id),
      (id) => id,
    ),
    modelsRemoved: changeList(
      Object.keys(before.hashes.models).filter((id) => !modelIds.has(id)),
      (id) => id,
    ),
    priceChanges: changeList(
      pairs
        .filter(({ old, offering }) => priceAndLimitsKey(old.price, null) !== priceAndLimitsKey(offering.price, null))
        .map(({ old, offering, ids }) => ({ ...ids, previousPrice: old.price, price: offering.price })),
      byOffering,
    ),
    limitChanges: changeList(
      pairs
        .filter(({ old, offering }) => priceAndLimitsKey(null, old.limits) !== priceAndLimitsKey(null, offering.limits))
        .map(({ old, offering, ids }) => ({ ...ids, previousLimits: old.limits, limits: offering.limits })),
      byOffering,
    ),
    benchmarkResultsAdded: changeList(
      after.benchmarkResults
        .filter((result) => before.hashes.benchmarkResults[result.id] === undefined)
        .map(({ id, modelId, benchmarkId, benchmarkName, score, metric, date }) => ({ id, modelId, benchmarkId, benchmarkName, score, metric, date })),
      (result) => result.id,
    ),
  };
}
