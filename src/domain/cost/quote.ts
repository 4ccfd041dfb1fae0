/**
 * A model's cost at a usage, from the offering the caller chose, today or at a past date. At a
 * past date every offering is priced as it stood that day (from its dated price events); one that
 * did not exist then, or was removed, is left out.
 */
import type { IsoDate, Offering, PriceEvent } from '../catalog.ts';
import { priceAt } from './price-at.ts';
import { selectOffering } from './select-offering.ts';
import type { OfferingSelection, OfferingSelector, ResolvedUsage } from './types.ts';

export interface ModelQuoteInput {
  offerings: readonly Offering[];
  canonicalOfferingId: string | null;
  selector: OfferingSelector;
  usage: ResolvedUsage;
  /** With `asOf`, the price events of the offerings. */
  asOf?: { date: IsoDate; events: readonly PriceEvent[] } | null;
}

export type ModelQuote = OfferingSelection<Offering> & { asOf: IsoDate | null; priceSince: IsoDate | null };

export function quoteModel({ offerings, canonicalOfferingId, selector, usage, asOf }: ModelQuoteInput): ModelQuote {
  if (!asOf) return { ...selectOffering(offerings, selector, usage, canonicalOfferingId), asOf: null, priceSince: null };
  const since = new Map<string, IsoDate>();
  const offeringsThen = offerings.flatMap((offering) => {
    const inForce = priceAt(offering.id, asOf.events, asOf.date);
    if (!inForce) return [];
    since.set(offering.id, inForce.since);
    return [{ ...offering, price: inForce.price, limits: inForce.limits ?? offering.limits }];
  });
  if (offeringsThen.length === 0 && offerings.length > 0) {
    const message = `None of this model's ${offerings.length} offerings was listed on ${asOf.date}.`;
    return { ok: false, reason: 'NO_OFFERINGS', message, asOf: asOf.date, priceSince: null };
  }
  const selection = selectOffering(offeringsThen, selector, usage, canonicalOfferingId);
  return { ...selection, asOf: asOf.date, priceSince: selection.ok ? (since.get(selection.offering.id) ?? null) : null };
}
