/** What a workload costs: the cost engine over a model's offerings, loaded for the request. */
import type { IsoDate, Model, Offering } from '../domain/catalog.ts';
import { type PriceSuspicion, priceSuspicionOf } from '../domain/cost/plausibility.ts';
import { type ModelQuote, quoteModel } from '../domain/cost/quote.ts';
import { exceededLimits, quoteOffering, tooLargeMessage } from '../domain/cost/select-offering.ts';
import type { CostEstimate, OfferingSelector, UsageInput } from '../domain/cost/types.ts';
import { resolveUsage, usageForModel } from '../domain/cost/usage.ts';
import { closestMatches, didYouMean } from '../domain/suggest.ts';
import { badInput, failure, type Outcome, type Problem, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';

/** A cost estimate and, when it was priced at a past date, the day priced and the day that price took effect. */
export interface DatedCostEstimate extends CostEstimate {
  asOf: IsoDate | null;
  priceSince: IsoDate | null;
}

export interface QuoteRequest {
  /** CANONICAL, CHEAPEST (in any case) or a provider slug. */
  offering: string;
  usage?: UsageInput | null;
  /** Price at the prices in force that day. */
  asOf?: IsoDate | null;
  /** Price a request larger than the offering's limits anyway (else it is refused). */
  allowExceedingLimits?: boolean | null;
}

const KEYWORDS = ['CANONICAL', 'CHEAPEST'] as const;

/**
 * The `offering:` argument as the engine takes it: CANONICAL or CHEAPEST in any case, else a provider
 * slug that must name a provider (BAD_USER_INPUT with the closest slugs when it does not; a provider
 * that exists but does not serve the model is the quote's NOT_FOUND).
 */
export async function offeringSelector({ catalog, loaders }: RequestData, raw: string, argument = 'offering'): Promise<Outcome<OfferingSelector>> {
  const text = raw.trim();
  const keyword = KEYWORDS.find((candidate) => candidate === text.toUpperCase());
  if (keyword) return success(keyword);
  const slug = text.toLowerCase();
  if (await loaders.providerById.load(slug)) return success(slug);
  const providers = await catalog.allProviders();
  const suggestions = closestMatches(
    text,
    providers.map((provider) => ({ id: provider.id, names: [provider.name] })),
  );
  return failure(
    badInput(argument, `no provider ${JSON.stringify(text)}${didYouMean(suggestions)} (or CANONICAL, CHEAPEST)`, { reason: 'UNKNOWN_PROVIDER', suggestions }),
  );
}

/** "no model has the id "x"; did you mean …?" with the closest catalog ids, for an id that names nothing. */
export async function unknownModelProblem({ catalog }: Pick<RequestData, 'catalog'>, argument: string, id: string): Promise<Problem> {
  const models = await catalog.modelNames();
  const suggestions = closestMatches(
    id,
    models.map((model) => ({ id: model.id, names: [model.name, ...model.aliases] })),
  );
  return badInput(argument, `no model has the id or alias ${JSON.stringify(id)}${didYouMean(suggestions)}`, { reason: 'UNKNOWN_MODEL', suggestions });
}

/** Prices a model at a usage with the chosen offering, today or at a past date (the selector already resolved). */
export async function quoteForModel(
  { loaders }: Pick<RequestData, 'loaders'>,
  model: Model,
  request: Omit<QuoteRequest, 'offering'> & { offering: OfferingSelector },
): Promise<ModelQuote> {
  const usage = resolveUsage(request.usage ?? {});
  const offerings = await loaders.offeringsByModelId.load(model.id);
  const events = request.asOf ? (await Promise.all(offerings.map((offering) => loaders.priceEventsByOfferingId.load(offering.id)))).flat() : [];
  return quoteModel({
    offerings,
    canonicalOfferingId: model.canonicalOfferingId,
    selector: request.offering,
    usage,
    reasoning: model.capabilities.reasoning,
    allowExceedingLimits: request.allowExceedingLimits ?? false,
    asOf: request.asOf ? { date: request.asOf, events } : null,
  });
}

/** A quote that found nothing to price, as the API's problem: a request too large is the caller's usage at fault. */
export function noQuoteProblem(quote: Extract<ModelQuote, { ok: false }>): Problem {
  if (quote.reason === 'REQUEST_EXCEEDS_LIMITS') return badInput('usage', quote.message, { reason: quote.reason });
  return { code: 'NOT_FOUND', message: quote.message, extensions: { reason: quote.reason } };
}

/** As `quoteForModel`, with NOT_FOUND and the reason when no offering qualifies. */
export async function costEstimate(data: RequestData, model: Model, request: QuoteRequest): Promise<Outcome<DatedCostEstimate>> {
  const selector = await offeringSelector(data, request.offering);
  if (!selector.ok) return selector;
  const quote = await quoteForModel(data, model, { ...request, offering: selector.value });
  if (!quote.ok) return failure(noQuoteProblem(quote));
  return success({ ...quote.estimate, asOf: quote.asOf, priceSince: quote.priceSince });
}

/** The cost of the model with this id (canonical id or alias); BAD_USER_INPUT naming `model` (with the closest ids) when there is none. */
export async function costEstimateById(data: RequestData, modelId: string, request: QuoteRequest): Promise<Outcome<DatedCostEstimate>> {
  const model = await data.loaders.modelById.load(modelId);
  if (!model) return failure(await unknownModelProblem(data, 'model', modelId));
  return costEstimate(data, model, request);
}

/** The other offerings of the offering's model (an unmapped offering has none to be judged against). */
async function siblingsOf({ loaders }: Pick<RequestData, 'loaders'>, offering: Offering): Promise<Offering[]> {
  return offering.modelId === null ? [offering] : loaders.offeringsByModelId.load(offering.modelId);
}

/**
 * One offering's cost at a usage, at its current price, as its model runs it (a reasoning model's
 * default reasoning tokens), with PRICE_SUSPECT when its price is implausible among its model's
 * offerings; a request larger than its limits is refused unless `allowExceedingLimits`.
 */
export async function offeringCost(
  data: Pick<RequestData, 'loaders'>,
  offering: Offering,
  usage: UsageInput | null | undefined,
  allowExceedingLimits = false,
): Promise<Outcome<DatedCostEstimate>> {
  const [siblings, model] = await Promise.all([siblingsOf(data, offering), offering.modelId === null ? null : data.loaders.modelById.load(offering.modelId)]);
  const resolved = usageForModel(resolveUsage(usage ?? {}), { reasoning: model?.capabilities.reasoning ?? null });
  const estimate = quoteOffering(offering, siblings, resolved);
  if (!allowExceedingLimits && exceededLimits(estimate).length > 0) {
    return failure(badInput('usage', tooLargeMessage(offering.id, estimate), { reason: 'REQUEST_EXCEEDS_LIMITS' }));
  }
  return success({ ...estimate, asOf: null, priceSince: null });
}

/** Whether the offering's price is implausible against the other providers of its model (see plausibility.ts). */
export async function offeringPriceSuspicion(data: Pick<RequestData, 'loaders'>, offering: Offering): Promise<PriceSuspicion | null> {
  return priceSuspicionOf(offering, await siblingsOf(data, offering));
}
