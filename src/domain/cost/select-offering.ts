/**
 * Which offering a cost is quoted for: the model's canonical one, the cheapest at this usage, or
 * a named provider's. "Cheapest" only ever compares pay-per-use offerings with a known total:
 * a subscription's or a local runtime's listed $0 is not a price, and unknown is never cheapest;
 * nor is a suspect price (plausibility.ts), which every estimate made at it warns about.
 */

import { compareValues } from '../util/sorting.ts';
import { estimateCost } from './estimate.ts';
import { type PriceSuspicion, priceSuspicions, withSuspicion } from './plausibility.ts';
import type { CostEstimate, OfferingSelection, OfferingSelector, ResolvedUsage, SelectableOffering } from './types.ts';

interface Quote<O> {
  offering: O;
  estimate: CostEstimate;
  suspicion: PriceSuspicion | null;
}

const quote = <O extends SelectableOffering>(offering: O, usage: ResolvedUsage, suspicions: ReadonlyMap<string, PriceSuspicion>): Quote<O> => {
  const suspicion = suspicions.get(offering.id) ?? null;
  return { offering, suspicion, estimate: withSuspicion(estimateCost({ offering, limits: offering.limits, usage }), suspicion) };
};

/** One offering of a model priced at a usage, with the PRICE_SUSPECT warning when its price is suspect among `siblings` (the model's offerings). */
export function quoteOffering<O extends SelectableOffering>(offering: O, siblings: readonly SelectableOffering[], usage: ResolvedUsage): CostEstimate {
  const all = siblings.some((sibling) => sibling.id === offering.id) ? siblings : [...siblings, offering];
  return quote(offering, usage, priceSuspicions(all)).estimate;
}

/** Known totals first, lowest monthly first; ties by provider id, then offering id (deterministic). */
function byMonthlyCost<O extends SelectableOffering>(a: Quote<O>, b: Quote<O>): number {
  const [costA, costB] = [a.estimate.monthly?.microUsd ?? null, b.estimate.monthly?.microUsd ?? null];
  if (costA !== costB) {
    if (costA === null) return 1;
    if (costB === null) return -1;
    return compareValues(costA, costB);
  }
  return compareValues(a.offering.providerId, b.offering.providerId) || compareValues(a.offering.id, b.offering.id);
}

/** Why an offering cannot be the cheapest, or null if it can. */
function notComparable({ offering, estimate, suspicion }: Quote<SelectableOffering>): string | null {
  if (offering.price.kind !== 'PAY_PER_USE') return offering.price.kind.toLowerCase().replaceAll('_', ' ');
  if (offering.status === 'DEPRECATED') return 'deprecated';
  if (estimate.monthly === null) return 'price unknown at this usage';
  return suspicion ? 'price suspect' : null;
}

/** "2 subscription plan, 1 price unknown at this usage". */
function countReasons(quotes: readonly Quote<SelectableOffering>[]): string {
  const counts = new Map<string, number>();
  for (const why of quotes.map(notComparable)) if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  return [...counts].map(([why, count]) => `${count} ${why}`).join(', ');
}

const picked = <O extends SelectableOffering>({ offering, estimate }: Quote<O>) => ({ offering, estimate });

export function selectOffering<O extends SelectableOffering>(
  offerings: readonly O[],
  selector: OfferingSelector,
  usage: ResolvedUsage,
  canonicalOfferingId: string | null,
): OfferingSelection<O> {
  if (offerings.length === 0) {
    return { ok: false, reason: 'NO_OFFERINGS', message: 'No provider offers this model.' };
  }
  const suspicions = priceSuspicions(offerings);
  if (selector === 'CANONICAL') {
    const canonical = offerings.find((offering) => offering.id === canonicalOfferingId);
    return canonical
      ? { ok: true, ...picked(quote(canonical, usage, suspicions)) }
      : {
          ok: false,
          reason: 'NO_CANONICAL_OFFERING',
          message: canonicalOfferingId
            ? `The canonical offering ${canonicalOfferingId} is not among this model's offerings.`
            : 'This model has no canonical offering (no listing by its lab); choose CHEAPEST or a provider.',
        };
  }
  const quotes = offerings.map((offering) => quote(offering, usage, suspicions)).sort(byMonthlyCost);
  if (selector === 'CHEAPEST') {
    const cheapest = quotes.find((candidate) => notComparable(candidate) === null);
    return cheapest
      ? { ok: true, ...picked(cheapest) }
      : {
          ok: false,
          reason: 'NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE',
          message: `None of the ${offerings.length} offerings is pay-per-use with a known price at this usage (${countReasons(quotes)}).`,
        };
  }
  // A provider may list several variants (regions, snapshots): quote its cheapest known one.
  const fromProvider = quotes.find((candidate) => candidate.offering.providerId === selector);
  return fromProvider
    ? { ok: true, ...picked(fromProvider) }
    : {
        ok: false,
        reason: 'PROVIDER_DOES_NOT_OFFER_MODEL',
        message: `Provider ${selector} does not offer this model (offered by: ${[...new Set(offerings.map((o) => o.providerId))].sort().join(', ')}).`,
      };
}
