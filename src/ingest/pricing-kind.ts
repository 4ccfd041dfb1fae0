/**
 * How a listing is paid for. A `0` means "free per call" only on a pay-per-use listing: subscription
 * plans, local runtimes and trial tiers list 0 for everything, and a listing with no cost at all is
 * unknown, never free. The per-provider facts live in seed/providers.json, each with its reason.
 */
import type { PricingKind } from '../domain/catalog.ts';
import type { ProviderTable } from './tables.ts';

export interface ProviderFacts {
  kind: PricingKind;
  /** The lab this provider is the API of (its listings of that lab's models are first-party). */
  labId: string | null;
  hostsOtherLabs: boolean;
  idPrefix: string | null;
}

export function providerFacts(table: ProviderTable, providerId: string): ProviderFacts {
  const entry = table.providers[providerId];
  return {
    kind: entry?.kind ?? table.default.kind,
    labId: entry?.labId ?? null,
    hostsOtherLabs: entry?.hostsOtherLabs ?? false,
    idPrefix: entry?.idPrefix ?? null,
  };
}

export interface ListedAmounts {
  /** At least one price figure is present in the source. */
  anyPriceListed: boolean;
  /** Some listed figure is above zero. */
  anyPositive: boolean;
  /** OpenRouter `:free` variant. */
  freeVariant: boolean;
}

/**
 * A listing its source marks as a free variant of a model (`kilo/…:free`, `zenmux/…-free`,
 * "Kimi K2.7 Code (Free)"): a rate-limited trial of a model others sell, as OpenRouter's `:free`
 * ids are, so a free tier, never a pay-per-use price of 0 (which could pass for the cheapest).
 */
export function isFreeVariant(listingId: string, name: string | null | undefined): boolean {
  return /(:|-)free$/i.test(listingId) || /\(free\)/i.test(name ?? '');
}

export function listingPricingKind(provider: ProviderFacts, listed: ListedAmounts): PricingKind {
  if (listed.freeVariant) return 'FREE_TIER';
  if (provider.kind === 'SUBSCRIPTION_PLAN' || provider.kind === 'SELF_HOSTED') return provider.kind;
  if (!listed.anyPriceListed) return 'UNKNOWN';
  // A trial-tier provider that does put a real price on a listing bills that listing per use.
  if (provider.kind === 'FREE_TIER') return listed.anyPositive ? 'PAY_PER_USE' : 'FREE_TIER';
  return provider.kind;
}
