/**
 * Price plausibility: a pure rule over one model's offerings. A pay-per-use listing that charges
 * nothing (or next to nothing) for a model that the other pay-per-use providers charge for is far
 * more likely a placeholder or a gateway's pass-through than a real price: Vercel's AI Gateway lists
 * Llama 4 Maverick at $0 while six other providers charge $0.12–$0.27 per million input tokens.
 * Such a price is SUSPECT: it is shown, with a warning on the offering and on every estimate that
 * uses it, but it is never "cheapest" and never a ranking price (the Pricing signal).
 *
 * Computed when a price is read, not stored at import: the rule needs the model's other offerings
 * as they stood at the same moment, and prices are read at several moments (today, a past `asOf`,
 * each month-end of the score history). A rule over whatever prices are being used can never
 * disagree with them; a stored flag would describe only the latest import. It costs one pass over
 * the model's offerings, which every caller has already loaded.
 */
import type { Offering, OfferingPrice, OfferingStatus } from '../catalog.ts';
import { nanoUsdToDecimal } from '../money/nano-usd.ts';
import { memoizedPerObject } from '../util/memoize.ts';
import type { CostEstimate, CostWarning } from './types.ts';

/** The rule's parameters (also in the methodology and the cost rules). */
export const PLAUSIBILITY = {
  /** A price below this share of the median of the other providers' prices is suspect (1/20). */
  floorShareOfMedian: 0.05,
  /** How many other pay-per-use providers must price the same thing for a comparison. */
  minOtherProviders: 1,
} as const;

/** The prices the rule checks: the ones that make a cost, in the units they are billed in. */
export const CHECKED_PRICES = ['input', 'output', 'image'] as const;
export type CheckedPrice = (typeof CHECKED_PRICES)[number];

const PRICE_FIELD: Record<CheckedPrice, (price: OfferingPrice) => number | null> = {
  input: (price) => price.tokens.inputNanoUsdPerMTok,
  output: (price) => price.tokens.outputNanoUsdPerMTok,
  image: (price) => price.imageOutputNanoUsdPerImage,
};

const PRICE_WORDS: Record<CheckedPrice, string> = {
  input: 'per 1M input tokens',
  output: 'per 1M output tokens',
  image: 'per image',
};

export const PRICE_PLAUSIBILITY_RULE =
  `A pay-per-use price (input, output per token, or per image) below ${PLAUSIBILITY.floorShareOfMedian * 100}% (1/${Math.round(1 / PLAUSIBILITY.floorShareOfMedian)}) ` +
  'of the median of the same price at the other pay-per-use providers of the model (each provider’s lowest non-deprecated listing; at least ' +
  `${PLAUSIBILITY.minOtherProviders} other provider, median above 0) is SUSPECT — a $0 whenever another provider charges. A suspect offering keeps its price, ` +
  'with a PRICE_SUSPECT warning on the offering and on every estimate made at it, but is never CHEAPEST, never a fallback and never a ranking price. ' +
  'A price at least the lab’s own listed price for it is plausible: the lab states what its model costs, and its own $0 (Z.ai’s GLM-4.7-Flash) says the model is free. ' +
  'A source states a listing is free by marking it a free variant (`:free`, `-free`, "(free)"): that is a FREE_TIER listing, never a pay-per-use price; ' +
  'a pay-per-use 0 also stays plausible where no other provider charges for the model.';

/** One price the rule found implausible. */
export interface SuspectPrice {
  price: CheckedPrice;
  nanoUsd: number;
  /** The median of the other providers' prices (nano-USD, may be a half). */
  medianNanoUsd: number;
  otherProviders: number;
}

export interface PriceSuspicion {
  offeringId: string;
  prices: SuspectPrice[];
  message: string;
}

/** What the rule reads of an offering (a catalog `Offering` is one). */
export interface PlausibilityOffering {
  id: string;
  providerId: string;
  price: OfferingPrice;
  status: OfferingStatus;
  /** `selfReported`: the lab's own listing of its model, whose price is never suspect (the lab states it). */
  provenance?: { selfReported: boolean } | null;
}

const counts = (offering: PlausibilityOffering): boolean => offering.price.kind === 'PAY_PER_USE' && offering.status !== 'DEPRECATED';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const usdText = (nanoUsd: number): string => `$${nanoUsdToDecimal(Math.round(nanoUsd))}`;

function suspicionMessage(offering: PlausibilityOffering, prices: readonly SuspectPrice[]): string {
  const parts = prices.map(
    (p) =>
      `${usdText(p.nanoUsd)} ${PRICE_WORDS[p.price]} against a median of ${usdText(p.medianNanoUsd)} at ${p.otherProviders} other pay-per-use provider${p.otherProviders === 1 ? '' : 's'}`,
  );
  return (
    `${offering.id} lists ${parts.join(', and ')}: below ${PLAUSIBILITY.floorShareOfMedian * 100}% of what the others charge, so the price is suspect ` +
    '(likely a placeholder, not what a user pays); it is never taken as the cheapest or as a ranking price.'
  );
}

/**
 * The suspect offerings among one model's offerings, by offering id (the others are plausible).
 * Every offering is judged against the other providers' listings of the same model, so pass all of
 * them (in any order: the result does not depend on it).
 *
 * Judged once per list: the verdict depends on the offerings alone, and the catalog's lists of a
 * model's offerings are shared, unchanged, by every request on its version, which prices each model
 * at every new usage (a Frontier at a new usage judged all 769 models' offerings again: 19% of its
 * CPU). So a list passed here must not change afterwards; the catalog's never do.
 */
export const priceSuspicions: (offerings: readonly PlausibilityOffering[]) => ReadonlyMap<string, PriceSuspicion> = memoizedPerObject(judge);

function judge(offerings: readonly PlausibilityOffering[]): Map<string, PriceSuspicion> {
  const live = offerings.filter(counts);
  const suspicions = new Map<string, PriceSuspicion>();
  if (live.length < 2) return suspicions;
  // Each provider's lowest price per checked price: a provider's regional twins are one voice.
  const lowestByProvider = CHECKED_PRICES.map((price) => {
    const lowest = new Map<string, number>();
    for (const offering of live) {
      const value = PRICE_FIELD[price](offering.price);
      if (value === null) continue;
      const current = lowest.get(offering.providerId);
      if (current === undefined || value < current) lowest.set(offering.providerId, value);
    }
    return lowest;
  });
  const labListings = live.filter((offering) => offering.provenance?.selfReported === true);
  // The lowest price the lab itself lists, per checked price (null: the lab lists none).
  const labPrice = CHECKED_PRICES.map((price) => {
    const values = labListings.map((offering) => PRICE_FIELD[price](offering.price)).filter((value): value is number => value !== null);
    return values.length === 0 ? null : Math.min(...values);
  });
  for (const offering of live) {
    const suspect: SuspectPrice[] = [];
    CHECKED_PRICES.forEach((price, index) => {
      const value = PRICE_FIELD[price](offering.price);
      if (value === null) return;
      const lab = labPrice[index]!;
      if (lab !== null && value >= lab) return;
      const others = [...lowestByProvider[index]!].filter(([providerId]) => providerId !== offering.providerId).map(([, nanoUsd]) => nanoUsd);
      if (others.length < PLAUSIBILITY.minOtherProviders) return;
      const medianNanoUsd = median(others);
      if (medianNanoUsd > 0 && value < medianNanoUsd * PLAUSIBILITY.floorShareOfMedian) {
        suspect.push({ price, nanoUsd: value, medianNanoUsd, otherProviders: others.length });
      }
    });
    if (suspect.length > 0) suspicions.set(offering.id, { offeringId: offering.id, prices: suspect, message: suspicionMessage(offering, suspect) });
  }
  return suspicions;
}

/** The suspicion of one offering among its model's offerings (`siblings` may include it), or null. */
export function priceSuspicionOf(offering: PlausibilityOffering, siblings: readonly PlausibilityOffering[]): PriceSuspicion | null {
  const all = siblings.some((sibling) => sibling.id === offering.id) ? siblings : [...siblings, offering];
  return priceSuspicions(all).get(offering.id) ?? null;
}

export function suspicionWarning(suspicion: PriceSuspicion): CostWarning {
  return { code: 'PRICE_SUSPECT', item: null, message: suspicion.message };
}

/** The estimate with the PRICE_SUSPECT warning first when its offering's price is suspect (once). */
export function withSuspicion(estimate: CostEstimate, suspicion: PriceSuspicion | null | undefined): CostEstimate {
  if (!suspicion || estimate.warnings.some((warning) => warning.code === 'PRICE_SUSPECT')) return estimate;
  return { ...estimate, warnings: [suspicionWarning(suspicion), ...estimate.warnings] };
}

/** Offerings of a model, the suspect ones left out (for ranking prices). */
export function plausibleOfferings<O extends Offering>(offerings: readonly O[]): O[] {
  const suspicions = priceSuspicions(offerings);
  return suspicions.size === 0 ? [...offerings] : offerings.filter((offering) => !suspicions.has(offering.id));
}
