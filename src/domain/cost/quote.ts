/**
 * A model's cost at a usage, from the offering the caller chose, today or at a past date. At a
 * past date every offering is priced as it stood that day (from its dated price events); one that
 * did not exist then, or was removed, is left out.
 *
 * CANONICAL falls back, never silently: when the canonical (lab) offering is missing or cannot
 * price the usage (not pay-per-use, a price unknown), the model is priced at its cheapest
 * pay-per-use offering with a known total, and the estimate's `fallback` and a FALLBACK_OFFERING
 * warning say so and why.
 */
import type { IsoDate, Offering, PriceEvent } from '../catalog.ts';
import { priceAt } from './price-at.ts';
import { type SelectionOptions, selectOffering } from './select-offering.ts';
import type { CostFallbackReason, OfferingSelection, OfferingSelector, ResolvedUsage } from './types.ts';
import { usageForModel } from './usage.ts';

export interface ModelQuoteInput {
  offerings: readonly Offering[];
  canonicalOfferingId: string | null;
  selector: OfferingSelector;
  usage: ResolvedUsage;
  /** The model's reasoning flag: a reasoning model given no reasoning tokens gets the documented default (usageForModel). */
  reasoning?: boolean | null;
  /** Price a request larger than the offering's limits anyway, with the warning (else it is refused: REQUEST_EXCEEDS_LIMITS). */
  allowExceedingLimits?: boolean;
  /** With `asOf`, the price events of the offerings. */
  asOf?: { date: IsoDate; events: readonly PriceEvent[] } | null;
}

export type ModelQuote = OfferingSelection<Offering> & { asOf: IsoDate | null; priceSince: IsoDate | null };

/** Why a quote fell back, in words (the estimate's message and the comparison summary say it so). */
export const FALLBACK_WHY: Record<CostFallbackReason, string> = {
  NO_CANONICAL_OFFERING: 'its lab does not list it',
  LAB_LISTING_UNPRICED: 'its lab’s own listing has no known price',
  CANONICAL_NOT_PAY_PER_USE: 'its canonical offering has no price per use',
  CANONICAL_PRICE_UNKNOWN: 'its canonical offering does not price this usage',
};

/** Why the canonical selection cannot be the quote (and the lab's listing concerned), or null when it can. */
function canonicalUnusable(
  selection: OfferingSelection<Offering>,
  offerings: readonly Offering[],
): { reason: CostFallbackReason; listing: Offering | null } | null {
  if (!selection.ok) {
    if (selection.reason !== 'NO_CANONICAL_OFFERING') return null;
    // No canonical (pay-per-use) offering, but the lab may still list the model without a price: say so, and which.
    const labListing = offerings.find((offering) => offering.provenance.selfReported && offering.price.kind !== 'PAY_PER_USE') ?? null;
    return { reason: labListing ? 'LAB_LISTING_UNPRICED' : 'NO_CANONICAL_OFFERING', listing: labListing };
  }
  if (selection.estimate.monthly !== null) return null;
  return { reason: selection.offering.price.kind === 'PAY_PER_USE' ? 'CANONICAL_PRICE_UNKNOWN' : 'CANONICAL_NOT_PAY_PER_USE', listing: selection.offering };
}

/** The selection, with CANONICAL falling back to the cheapest pay-per-use offering (see the module comment). */
function select(
  offerings: readonly Offering[],
  selector: OfferingSelector,
  usage: ResolvedUsage,
  canonicalOfferingId: string | null,
  options: SelectionOptions,
): OfferingSelection<Offering> {
  const selection = selectOffering(offerings, selector, usage, canonicalOfferingId, options);
  const unusable = selector === 'CANONICAL' ? canonicalUnusable(selection, offerings) : null;
  if (unusable === null) return selection;
  const { reason, listing } = unusable;
  const cheapest = selectOffering(offerings, 'CHEAPEST', usage, canonicalOfferingId, options);
  if (!cheapest.ok) {
    // The canonical estimate (unknown, with its warning) when there is one; else why nothing prices the usage.
    if (selection.ok) return selection;
    const why = `${FALLBACK_WHY[reason].charAt(0).toUpperCase()}${FALLBACK_WHY[reason].slice(1)}${listing ? ` (${listing.id})` : ''}`;
    return { ...cheapest, message: `${why}, and ${cheapest.message.charAt(0).toLowerCase()}${cheapest.message.slice(1)}` };
  }
  const pricedOfferings = cheapest.qualifying ?? 1;
  const among = pricedOfferings === 1 ? 'its only pay-per-use offering' : `the cheapest of its ${pricedOfferings} pay-per-use offerings`;
  const message = `Priced at ${cheapest.offering.id}, ${among} with a known price at this usage: ${FALLBACK_WHY[reason]}${listing ? ` (${listing.id})` : ''}.`;
  const fallback = { reason, canonicalOfferingId: listing?.id ?? null, providerId: cheapest.offering.providerId, pricedOfferings, message };
  const warning = { code: 'FALLBACK_OFFERING' as const, item: null, message };
  return { ...cheapest, estimate: { ...cheapest.estimate, fallback, warnings: [warning, ...cheapest.estimate.warnings] } };
}

export function quoteModel({
  offerings,
  canonicalOfferingId,
  selector,
  usage: asGiven,
  reasoning = null,
  allowExceedingLimits = false,
  asOf,
}: ModelQuoteInput): ModelQuote {
  const usage = usageForModel(asGiven, { reasoning });
  const options = { allowExceedingLimits };
  if (!asOf) return { ...select(offerings, selector, usage, canonicalOfferingId, options), asOf: null, priceSince: null };
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
  const selection = select(offeringsThen, selector, usage, canonicalOfferingId, options);
  return { ...selection, asOf: asOf.date, priceSince: selection.ok ? (since.get(selection.offering.id) ?? null) : null };
}
