/**
 * Which offering a cost is quoted for: the model's canonical one, the cheapest at this usage, or
 * a named provider's. "Cheapest" only ever compares pay-per-use offerings with a known total:
 * a subscription's or a local runtime's listed $0 is not a price, and unknown is never cheapest;
 * nor is a suspect price (plausibility.ts), which every estimate made at it warns about.
 *
 * A request larger than an offering's limits (its context window, input limit or maximum output)
 * is not a workload that offering can run: it is refused (REQUEST_EXCEEDS_LIMITS, with the limit
 * in the message) and never the cheapest, unless the caller asks to price it anyway
 * (`allowExceedingLimits`), when the estimate keeps the warning.
 */

import { compareValues } from '../util/sorting.ts';
import { estimateCost, exceedsLimits } from './estimate.ts';
import { type PriceSuspicion, priceSuspicions, withSuspicion } from './plausibility.ts';
import { monthlyCostScreen, screenBound } from './screen.ts';
import type { CostEstimate, CostWarning, CostWarningCode, OfferingSelection, OfferingSelector, ResolvedUsage, SelectableOffering } from './types.ts';

export interface SelectionOptions {
  /** Price a request that exceeds the offering's limits anyway (with the warning) instead of refusing it. */
  allowExceedingLimits?: boolean;
}

interface Quote<O> {
  offering: O;
  estimate: CostEstimate;
  suspicion: PriceSuspicion | null;
}

const LIMIT_WARNINGS: ReadonlySet<CostWarningCode> = new Set(['REQUEST_EXCEEDS_CONTEXT_WINDOW', 'REQUEST_EXCEEDS_MAX_OUTPUT']);

/** The warnings that say the request does not fit the offering's limits. */
export const exceededLimits = (estimate: CostEstimate): CostWarning[] => estimate.warnings.filter((warning) => LIMIT_WARNINGS.has(warning.code));

const EXCEEDS_LIMITS_ADVICE = 'Make the request smaller, choose an offering with larger limits, or pass allowExceedingLimits: true to price it anyway.';

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

const EXCEEDS = 'request exceeds its limits';

/** What decides whether an offering can be the cheapest: its kind, status and suspicion, and at this usage whether it has a total and fits its limits. */
interface Standing {
  offering: SelectableOffering;
  suspicion: PriceSuspicion | null;
  hasTotal: boolean;
  exceedsLimits: boolean;
}

const standingOf = ({ offering, estimate, suspicion }: Quote<SelectableOffering>): Standing => ({
  offering,
  suspicion,
  hasTotal: estimate.monthly !== null,
  exceedsLimits: exceededLimits(estimate).length > 0,
});

/** Why an offering cannot be the cheapest, or null if it can. */
function notComparable({ offering, suspicion, hasTotal, exceedsLimits }: Standing, options: SelectionOptions): string | null {
  if (offering.price.kind !== 'PAY_PER_USE') return offering.price.kind.toLowerCase().replaceAll('_', ' ');
  if (offering.status === 'DEPRECATED') return 'deprecated';
  if (!hasTotal) return 'price unknown at this usage';
  if (suspicion) return 'price suspect';
  return !options.allowExceedingLimits && exceedsLimits ? EXCEEDS : null;
}

/** "2 subscription plan, 1 price unknown at this usage". */
function countReasons(quotes: readonly Quote<SelectableOffering>[], options: SelectionOptions): string {
  const counts = new Map<string, number>();
  for (const candidate of quotes) {
    const why = notComparable(standingOf(candidate), options);
    if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return [...counts].map(([why, count]) => `${count} ${why}`).join(', ');
}

/** Why the request does not fit the offering, with each limit it exceeds and what to do. */
export function tooLargeMessage(offeringId: string, estimate: CostEstimate): string {
  const limits = exceededLimits(estimate)
    .map((warning) => warning.message.replace(/\.$/, ''))
    .join('; ');
  return `The request does not fit ${offeringId}: ${limits}. ${EXCEEDS_LIMITS_ADVICE}`;
}

function tooLarge<O extends SelectableOffering>({ offering, estimate }: Quote<O>): OfferingSelection<O> {
  return { ok: false, reason: 'REQUEST_EXCEEDS_LIMITS', message: tooLargeMessage(offering.id, estimate) };
}

/** The quote as the selection, or the refusal when the request does not fit and the caller did not ask to price it anyway. */
function picked<O extends SelectableOffering>(candidate: Quote<O>, options: SelectionOptions): OfferingSelection<O> {
  if (!options.allowExceedingLimits && exceededLimits(candidate.estimate).length > 0) return tooLarge(candidate);
  return { ok: true, offering: candidate.offering, estimate: candidate.estimate };
}

/**
 * The cheapest offering that can be chosen, priced exactly, and how many it was chosen from; null
 * when none can. Every offering is judged by the same rules as an exact quote, its total known
 * from the float screen and its fit from its limits; of those that can be chosen, only the ones
 * the screen cannot tell from the least (screen.ts) are priced exactly: on a model with dozens of
 * offerings, one or two.
 */
function cheapestComparable<O extends SelectableOffering>(
  offerings: readonly O[],
  usage: ResolvedUsage,
  suspicions: ReadonlyMap<string, PriceSuspicion>,
  options: SelectionOptions,
): { quote: Quote<O>; qualifying: number } | null {
  const screen = monthlyCostScreen(usage);
  const screened = offerings.flatMap((offering) => {
    const figure = screen(offering);
    // Without a total it cannot be chosen whatever its limits: they are checked only for the rest.
    if (figure === null) return [];
    const standing = {
      offering,
      suspicion: suspicions.get(offering.id) ?? null,
      hasTotal: true,
      exceedsLimits: exceedsLimits(offering.limits, usage),
    };
    return notComparable(standing, options) === null ? [{ offering, figure }] : [];
  });
  if (screened.length === 0) return null;
  const bound = screenBound(Math.min(...screened.map(({ figure }) => figure)));
  const quotes = screened.filter(({ figure }) => figure <= bound).map(({ offering }) => quote(offering, usage, suspicions));
  const cheapest = quotes.sort(byMonthlyCost).find((candidate) => notComparable(standingOf(candidate), options) === null);
  return cheapest ? { quote: cheapest, qualifying: screened.length } : null;
}

export function selectOffering<O extends SelectableOffering>(
  offerings: readonly O[],
  selector: OfferingSelector,
  usage: ResolvedUsage,
  canonicalOfferingId: string | null,
  options: SelectionOptions = {},
): OfferingSelection<O> {
  if (offerings.length === 0) {
    return { ok: false, reason: 'NO_OFFERINGS', message: 'No provider offers this model.' };
  }
  const suspicions = priceSuspicions(offerings);
  if (selector === 'CANONICAL') {
    const canonical = offerings.find((offering) => offering.id === canonicalOfferingId);
    return canonical
      ? picked(quote(canonical, usage, suspicions), options)
      : {
          ok: false,
          reason: 'NO_CANONICAL_OFFERING',
          message: canonicalOfferingId
            ? `The canonical offering ${canonicalOfferingId} is not among this model's offerings.`
            : 'This model has no canonical offering (no listing by its lab); choose CHEAPEST or a provider.',
        };
  }
  if (selector === 'CHEAPEST') {
    const cheapest = cheapestComparable(offerings, usage, suspicions, options);
    if (cheapest) return { ok: true, offering: cheapest.quote.offering, estimate: cheapest.quote.estimate, qualifying: cheapest.qualifying };
    const quotes = offerings.map((offering) => quote(offering, usage, suspicions)).sort(byMonthlyCost);
    // Nothing fits: say so with the limit, rather than as one count among the reasons.
    const onlyTooLarge = quotes.find((candidate) => notComparable(standingOf(candidate), options) === EXCEEDS);
    if (onlyTooLarge) return tooLarge(onlyTooLarge);
    return {
      ok: false,
      reason: 'NO_PAY_PER_USE_OFFERING_WITH_KNOWN_PRICE',
      message: `None of the ${offerings.length} offerings is pay-per-use with a known price at this usage (${countReasons(quotes, options)}).`,
    };
  }
  const quotes = offerings.map((offering) => quote(offering, usage, suspicions)).sort(byMonthlyCost);
  // A provider may list several variants (regions, snapshots): quote its cheapest known one that fits.
  const fromProvider = quotes.filter((candidate) => candidate.offering.providerId === selector);
  const fitting = options.allowExceedingLimits
    ? fromProvider[0]
    : (fromProvider.find((candidate) => exceededLimits(candidate.estimate).length === 0) ?? fromProvider[0]);
  return fitting
    ? picked(fitting, options)
    : {
        ok: false,
        reason: 'PROVIDER_DOES_NOT_OFFER_MODEL',
        message: `Provider ${selector} does not offer this model (offered by: ${[...new Set(offerings.map((o) => o.providerId))].sort().join(', ')}).`,
      };
}
