/** What a workload costs: the cost engine over a model's offerings, loaded for the request. */
import type { IsoDate, Model, Offering } from '../domain/catalog.ts';
import { type PriceSuspicion, priceSuspicionOf } from '../domain/cost/plausibility.ts';
import { type ModelQuote, quoteModel } from '../domain/cost/quote.ts';
import { quoteOffering } from '../domain/cost/select-offering.ts';
import type { CostEstimate, UsageInput } from '../domain/cost/types.ts';
import { resolveUsage } from '../domain/cost/usage.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';

/** A cost estimate and, when it was priced at a past date, the day priced and the day that price took effect. */
export interface DatedCostEstimate extends CostEstimate {
  asOf: IsoDate | null;
  priceSince: IsoDate | null;
}

export interface QuoteRequest {
  /** CANONICAL, CHEAPEST or a provider slug. */
  offering: string;
  usage?: UsageInput | null;
  /** Price at the prices in force that day. */
  asOf?: IsoDate | null;
}

/** Prices a model at a usage with the chosen offering, today or at a past date. */
export async function quoteForModel({ loaders }: Pick<RequestData, 'loaders'>, model: Model, request: QuoteRequest): Promise<ModelQuote> {
  const usage = resolveUsage(request.usage ?? {});
  const offerings = await loaders.offeringsByModelId.load(model.id);
  const events = request.asOf ? (await Promise.all(offerings.map((offering) => loaders.priceEventsByOfferingId.load(offering.id)))).flat() : [];
  return quoteModel({
    offerings,
    canonicalOfferingId: model.canonicalOfferingId,
    selector: request.offering,
    usage,
    asOf: request.asOf ? { date: request.asOf, events } : null,
  });
}

/** As `quoteForModel`, with NOT_FOUND and the reason when no offering qualifies. */
export async function costEstimate(data: Pick<RequestData, 'loaders'>, model: Model, request: QuoteRequest): Promise<Outcome<DatedCostEstimate>> {
  const quote = await quoteForModel(data, model, request);
  if (!quote.ok) return failure({ code: 'NOT_FOUND', message: quote.message, extensions: { reason: quote.reason } });
  return success({ ...quote.estimate, asOf: quote.asOf, priceSince: quote.priceSince });
}

/** The cost of the model with this id (canonical id or alias); BAD_USER_INPUT naming `model` when there is none. */
export async function costEstimateById(data: Pick<RequestData, 'loaders'>, modelId: string, request: QuoteRequest): Promise<Outcome<DatedCostEstimate>> {
  const model = await data.loaders.modelById.load(modelId);
  if (!model) return failure(badInput('model', `no model has the id ${JSON.stringify(modelId)}`));
  return costEstimate(data, model, request);
}

/** The other offerings of the offering's model (an unmapped offering has none to be judged against). */
async function siblingsOf({ loaders }: Pick<RequestData, 'loaders'>, offering: Offering): Promise<Offering[]> {
  return offering.modelId === null ? [offering] : loaders.offeringsByModelId.load(offering.modelId);
}

/** One offering's cost at a usage, at its current price (with PRICE_SUSPECT when its price is implausible among its model's offerings). */
export async function offeringCost(data: Pick<RequestData, 'loaders'>, offering: Offering, usage: UsageInput | null | undefined): Promise<DatedCostEstimate> {
  return { ...quoteOffering(offering, await siblingsOf(data, offering), resolveUsage(usage ?? {})), asOf: null, priceSince: null };
}

/** Whether the offering's price is implausible against the other providers of its model (see plausibility.ts). */
export async function offeringPriceSuspicion(data: Pick<RequestData, 'loaders'>, offering: Offering): Promise<PriceSuspicion | null> {
  return priceSuspicionOf(offering, await siblingsOf(data, offering));
}
