import type { ListPrice, Offering } from './catalog.ts';
import { DEFAULT_INPUT_SHARE } from './cost/usage.ts';

/** The default usage mix (the cost engine's default input share, 60%), in tenths for integer maths. */
const INPUT_SHARE_TENTHS = Math.round(DEFAULT_INPUT_SHARE * 10);

const UNKNOWN: ListPrice = { inputNanoUsdPerMTok: null, outputNanoUsdPerMTok: null, blendedNanoUsdPerMTok: null };

/**
 * The price a model is listed, filtered and sorted by: its canonical offering's per-token prices,
 * blended at the default mix. Only pay-per-use prices count; a subscription's 0 is not a price.
 */
export function listPriceOf(canonicalOffering: Pick<Offering, 'price'> | null): ListPrice {
  if (canonicalOffering?.price.kind !== 'PAY_PER_USE') return UNKNOWN;
  const { inputNanoUsdPerMTok, outputNanoUsdPerMTok } = canonicalOffering.price.tokens;
  if (inputNanoUsdPerMTok === null || outputNanoUsdPerMTok === null) {
    return { inputNanoUsdPerMTok, outputNanoUsdPerMTok, blendedNanoUsdPerMTok: null };
  }
  const blendTimesTen = INPUT_SHARE_TENTHS * inputNanoUsdPerMTok + (10 - INPUT_SHARE_TENTHS) * outputNanoUsdPerMTok;
  // 6a + 4b is even, so the blend never lands on a half: this half-up is plain nearest rounding.
  const blendedNanoUsdPerMTok = Math.floor((blendTimesTen + 5) / 10);
  return { inputNanoUsdPerMTok, outputNanoUsdPerMTok, blendedNanoUsdPerMTok };
}
