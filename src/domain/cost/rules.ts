/**
 * The cost engine's rules as text, for the API's methodology and the README, so what the docs say
 * is what the code does: each rule is a constant the engine itself uses or a summary kept beside
 * the code it describes (estimate.ts, select-offering.ts, quote.ts, price-at.ts).
 */
import { ROUNDING_RULE } from '../money/money.ts';
import { PRICE_PLAUSIBILITY_RULE } from './plausibility.ts';
import { DAYS_PER_MONTH_RULE, DEFAULT_USAGE_TEXT, REASONING_DEFAULT_RULE } from './usage.ts';

export interface CostRule {
  id: string;
  rule: string;
}

export const COST_RULES: readonly CostRule[] = [
  {
    id: 'DEFAULT_USAGE',
    rule: `${DEFAULT_USAGE_TEXT}, no cache, audio, images or web searches; reasoning tokens only for a reasoning model (REASONING_DEFAULT).`,
  },
  { id: 'DAYS_PER_MONTH', rule: DAYS_PER_MONTH_RULE },
  { id: 'ROUNDING', rule: ROUNDING_RULE },
  {
    id: 'EXACT_ARITHMETIC',
    rule:
      'Quantities and nano-USD prices are multiplied as exact fractions (the per-million division ' +
      'included); user decimals are read as written (0.6 is exactly 6/10).',
  },
  {
    id: 'LONG_CONTEXT_TIER',
    rule:
      "When a request's input tokens (cache reads, cache writes and audio included) exceed a tier's " +
      "threshold, the highest such tier's prices apply to the whole request; a price the tier does not " +
      'list is unknown.',
  },
  {
    id: 'CACHED_INPUT',
    rule: 'The cached share of input tokens is billed at the cache-read price; without one, at the input price with a CACHE_PRICE_NOT_LISTED warning.',
  },
  {
    id: 'CACHE_WRITE',
    rule:
      'The cache-write share of input tokens is billed at the cache-write price; without one, at the input ' +
      'price with a CACHE_WRITE_PRICE_NOT_LISTED warning (a provider that charges a write premium bills ' +
      'more). cachedInputShare + cacheWriteShare is at most 1; the rest of the input is billed at the ' +
      'input price.',
  },
  { id: 'REASONING', rule: 'Reasoning tokens (in addition to output tokens) are billed at the reasoning price, else at the output price.' },
  { id: 'REASONING_DEFAULT', rule: REASONING_DEFAULT_RULE },
  {
    id: 'UNITS',
    rule:
      'Audio tokens, images and requests are billed only at their own prices; usage in a unit the offering ' +
      'does not price is USAGE_UNIT_NOT_PRICED, never converted.',
  },
  {
    id: 'WEB_SEARCH',
    rule:
      'Web searches are billed per search at the web-search price, an add-on to the request: where the ' +
      'offering lists none, the searches and the totals are unknown (PRICE_UNKNOWN), never 0.',
  },
  {
    id: 'UNKNOWN_IS_NOT_ZERO',
    rule:
      'A missing price makes that line and the totals null with PRICE_UNKNOWN; subscription, self-hosted ' +
      'and free-tier offerings have null amounts with a warning of their kind.',
  },
  {
    id: 'CHEAPEST',
    rule: 'CHEAPEST = lowest monthly total at the usage among non-deprecated pay-per-use offerings with a known total and a plausible price; ties by provider id, then offering id.',
  },
  { id: 'PRICE_PLAUSIBILITY', rule: PRICE_PLAUSIBILITY_RULE },
  {
    id: 'CANONICAL_FALLBACK',
    rule: 'CANONICAL = the lab’s own pay-per-use offering. When a model has none, or it cannot price the usage (not pay-per-use, a price unknown), the cost is the CHEAPEST one instead, never silently: the estimate’s fallback says why and names the offering, with a FALLBACK_OFFERING warning.',
  },
  {
    id: 'PRICE_AT_DATE',
    rule:
      "A past date is priced with each offering's state after its last price event on or before that day; " +
      'offerings not yet listed or removed are left out.',
  },
];
