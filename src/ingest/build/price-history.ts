/**
 * Price history: the dated changes of each offering's price and limits, and the replay that turns
 * them back into the offerings as they stood on a day (the scoring engine's history uses it).
 */
import type { IsoDate, Limits, Modality, Offering, OfferingPrice, PriceEvent, Provenance } from '../../domain/catalog.ts';
import { canonicalJson } from '../../domain/util/canonical-json.ts';
import { byKey, thenBy } from '../../domain/util/sorting.ts';
import type { ModelsDevCost, ModelsDevHistoryEvent } from '../formats/models-dev.ts';
import { limitsOf, modelsDevPrice, peerGroupOf } from '../normalise.ts';
import type { ProviderFacts } from '../pricing-kind.ts';
import { isFreeVariant } from '../pricing-kind.ts';

interface ListingState {
  cost: ModelsDevCost | undefined;
  limit: { context: number; input?: number | undefined; output?: number | undefined } | undefined;
  output: Modality[] | null;
}

export interface HistoryContext {
  providerFacts(providerId: string): ProviderFacts;
  /** The model a listing is attached to, decided as for the current catalog. */
  modelIdOf(providerId: string, rawId: string): string | null;
}

/** Price and limits without provenance: what decides whether an event changed anything. */
export function priceAndLimitsKey(price: OfferingPrice | null, limits: Limits | null): string {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== 'provenance')
              .map(([key, inner]) => [key, strip(inner)]),
          )
        : value;
  return canonicalJson(strip({ price, limits }));
}

/**
 * models.dev history events → price events. `added` and `removed` always count; an `updated` event
 * counts only when it changes the normalised price or limits (many only touch modalities or dates).
 */
export function historyPriceEvents(events: { value: ModelsDevHistoryEvent }[], context: HistoryContext): PriceEvent[] {
  const ordered = events.map((e) => e.value).sort(byKey((event) => event.date));
  const states = new Map<string, { state: ListingState; price: OfferingPrice; limits: Limits }>();
  const result: PriceEvent[] = [];
  for (const event of ordered) {
    const offeringId = `${event.provider}/${event.model}`;
    const facts = context.providerFacts(event.provider);
    const modelId = context.modelIdOf(event.provider, event.model);
    const selfReported = modelId !== null && facts.labId !== null && modelId.startsWith(`${facts.labId}/`);
    const provenance: Provenance = { source: 'models.dev', sourceId: offeringId, observedAt: event.date, selfReported, url: null };
    const before = states.get(offeringId) ?? null;
    const base = { id: `${offeringId}|${event.date}`, offeringId, providerId: event.provider, modelId, date: event.date, provenance };

    if (event.change === 'removed') {
      states.delete(offeringId);
      result.push({ ...base, change: 'REMOVED', price: null, limits: null, previousPrice: before?.price ?? null, previousLimits: before?.limits ?? null });
      continue;
    }
    const values = event.values ?? {};
    const state: ListingState =
      event.change === 'added' || !before
        ? { cost: values.cost ?? undefined, limit: values.limit ?? undefined, output: values.modalities?.output ?? null }
        : {
            cost: 'cost' in values ? (values.cost ?? undefined) : before.state.cost,
            limit: 'limit' in values ? (values.limit ?? undefined) : before.state.limit,
            output: values.modalities?.output ?? before.state.output,
          };
    const peerGroup = peerGroupOf(state.output, [event.model]);
    // The history has no names: a free variant is told by its id, as the offering is (offerings.ts).
    const price = modelsDevPrice(state.cost, facts, provenance, isFreeVariant(event.model, null));
    const limits = limitsOf(state.limit, peerGroup, provenance);
    states.set(offeringId, { state, price, limits });
    if (before && event.change === 'updated' && priceAndLimitsKey(before.price, before.limits) === priceAndLimitsKey(price, limits)) continue;
    result.push({
      ...base,
      change: before ? 'UPDATED' : 'ADDED',
      price,
      limits,
      previousPrice: before?.price ?? null,
      previousLimits: before?.limits ?? null,
    });
  }
  return result.sort(byKey((event) => event.id));
}

/** An offering as it stood on a day: the state after its last event on or before that day. */
export type OfferingAsOf = Pick<Offering, 'id' | 'providerId' | 'modelId' | 'price' | 'limits'> & { since: IsoDate };

/**
 * Replays price events up to and including `asOf` (a `YYYY-MM-DD`). Events of one day apply in id
 * order; an offering removed by then is absent. Pure: the same events and day give the same result.
 */
export function replayPriceEvents(events: readonly PriceEvent[], asOf: IsoDate): OfferingAsOf[] {
  const ordered = events
    .filter((event) => event.date <= asOf)
    .sort(
      thenBy(
        byKey((event) => event.date),
        byKey((event) => event.id),
      ),
    );
  const current = new Map<string, OfferingAsOf>();
  for (const event of ordered) {
    if (event.change === 'REMOVED' || event.price === null || event.limits === null) {
      current.delete(event.offeringId);
      continue;
    }
    current.set(event.offeringId, {
      id: event.offeringId,
      providerId: event.providerId,
      modelId: event.modelId,
      price: event.price,
      limits: event.limits,
      since: event.date,
    });
  }
  return [...current.values()].sort(byKey((offering) => offering.id));
}
