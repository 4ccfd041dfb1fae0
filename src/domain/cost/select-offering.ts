/**
 * Which offering a cost is quoted for: the model's canonical one, the cheapest at this usage, or
 * a named provider's. "Cheapest" only ever compares pay-per-use offerings with a known total:
 * a subscription's or a local runtime's listed $0 is not a price, and unknown is never cheapest.
 */

import { compareValues } from '../util/sorting.ts';
import { estimateCost } from './estimate.ts';
import { monthlyCostScreen, screenBound } from './screen.ts';
import type { CostEstimate, OfferingSelection, OfferingSelector, ResolvedUsage, SelectableOffering } from './types.ts';

interface Quote<O> {
  offering: O;
  estimate: CostEstimate;
}

const quote = <O extends SelectableOffering>(offering: O, usage: ResolvedUsage): Quote<O> => ({
  offering,
  estimate: estimateCost({ offering, limits: offering.limits, usage }),
});

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
function notComparable({ offering, estimate }: Quote<SelectableOffering>): string | null {
  if (offering.price.kind !== 'PAY_PER_USE') return offering.price.kind.toLowerCase().replaceAll('_', ' ');
  if (offering.status === 'DEPRECATED') return 'deprecated';
  return estimate.monthly === null ? 'price unknown at this usage' : null;
}

/** "2 subscription plan, 1 price unknown at this usage". */
function countReasons(quotes: readonly Quote<SelectableOffering>[]): string {
  const counts = new Map<string, number>();
  for (const why of quotes.map(notComparable)) if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  return [...counts].map(([why, count]) => `${count} ${why}`).join(', ');
}

/**
 * The cheapest comparable offering, priced exactly; null when none has a known total. Only the
 * offerings the screen cannot tell from the least are priced exactly (screen.ts): on a model with
 * dozens of offerings, one or two.
 */
function cheapestComparable<O extends SelectableOffering>(offerings: readonly O[], usage: ResolvedUsage): Quote<O> | null {
  const screen = monthlyCostScreen(usage);
  const screened = offerings.flatMap((offering) => {
    const figure = offering.price.kind === 'PAY_PER_USE' && offering.status !== 'DEPRECATED' ? screen(offering) : null;
    return figure === null ? [] : [{ offering, figure }];
  });
  if (screened.length === 0) return null;
  const bound = screenBound(Math.min(...screened.map(({ figure }) => figure)));
  const quotes = screened.filter(({ figure }) => figure <= bound).map(({ offering }) => quote(offering, usage));
  return quotes.sort(byMonthlyCost).find((candidate) => notComparable(candidate) === null) ?? null;
}

export function selectOffering<O extends SelectableOffering>(
  offerings: readonly O[],
  selector: OfferingSelector,
  usage: ResolvedUsage,
  canonicalOfferingId: string | null,
): OfferingSelection<O> {
  if (offerings.length === 0) {
    return { ok: false, reason: 'NO_OFFERINGS', message: 'No provider offers this model.' };
  }
  if (selector === 'CANONICAL') {
    const canonical = offerings.find((offering) => offering.id === canonicalOfferingId);
    return canonical
      ? { ok: true, ...quote(canonical, usage) }
      : {
          ok: false,
          reason: 'NO_CANONICAL_OFFERING',
          message: canonicalOfferingId
            ? `The canonical offering ${canonicalOfferingId} is not among this model's offerings.`
            : 'This model has no canonical offering (no listing by its lab); choose CHEAPEST or a provider.',
        };
  }
  if (selector === 'CHEAPEST') {
    const cheapest = cheapestComparable(offerings, usage);
    return cheapest
      ? { ok: true, ...cheapest }
      : {
          ok: false,
          reason: 'NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE',
          message: `None of the ${offerings.length} offerings is pay-per-use with a known price at this usage (${countReasons(offerings.map((offering) => quote(offering, usage)).sort(byMonthlyCost))}).`,
        };
  }
  const quotes = offerings.map((offering) => quote(offering, usage)).sort(byMonthlyCost);
  // A provider may list several variants (regions, snapshots): quote its cheapest known one.
  const fromProvider = quotes.find((candidate) => candidate.offering.providerId === selector);
  return fromProvider
    ? { ok: true, ...fromProvider }
    : {
        ok: false,
        reason: 'PROVIDER_DOES_NOT_OFFER_MODEL',
        message: `Provider ${selector} does not offer this model (offered by: ${[...new Set(offerings.map((o) => o.providerId))].sort().join(', ')}).`,
      };
}
