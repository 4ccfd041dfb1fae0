/**
 * The whole catalog from the accepted records of every source: a pure, deterministic function, so the
 * same sources always give byte-for-byte the same documents (that is what makes re-imports no-ops).
 *
 * Phases: the canonical models (models.ts), every listing attached to one of them or left unmapped
 * with the reason (offerings.ts), benchmark results (benchmarks.ts), each model's aliases, labs and
 * providers (labs-and-providers.ts), and the price history (price-history.ts).
 */
import type { CatalogContent, Model, Offering } from '../../domain/catalog.ts';
import { groupBy } from '../../domain/util/grouping.ts';
import { byKey } from '../../domain/util/sorting.ts';
import type { ModelsDevHistoryEvent } from '../formats/models-dev.ts';
import type { SourceSet } from '../sources.ts';
import type { SeedTables } from '../tables.ts';
import { type BenchmarkResults, benchmarkResultsOf, type UnmappedArenaName } from './benchmarks.ts';
import { BuildContext, recordsOf } from './context.ts';
import { labsOf, providersOf } from './labs-and-providers.ts';
import { isRouter, listingsOf } from './listings.ts';
import { draftsFromLabListings, draftsFromModelsJson, draftsFromOpenRouter, modelDocument } from './models.ts';
import { offeringOf } from './offerings.ts';
import { historyPriceEvents } from './price-history.ts';

/**
 * The catalog's documents and what could not be mapped. Its price events are those derived from
 * models.dev history.json; an import's own price changes are added by the importer.
 */
export interface BuiltCatalog extends CatalogContent {
  unmappedOfferings: { offeringId: string; reason: string }[];
  unmappedArenaNames: UnmappedArenaName[];
}

export function buildCatalog(sources: SourceSet, tables: SeedTables): BuiltCatalog {
  const ctx = new BuildContext(sources, tables);
  draftsFromModelsJson(ctx);
  const listings = listingsOf(sources);
  draftsFromLabListings(ctx, listings);
  draftsFromOpenRouter(ctx, listings);

  const unmappedOfferings: BuiltCatalog['unmappedOfferings'] = [];
  const offerings = listings.map((listing) => {
    const resolution = isRouter(listing, tables.aliases) ? { modelId: null, reason: tables.aliases.notModels.reason } : ctx.index.resolve(ctx.query(listing));
    if (resolution.modelId === null) unmappedOfferings.push({ offeringId: listing.offeringId, reason: resolution.reason });
    return offeringOf(ctx, listing, resolution.modelId, resolution.modelId === null ? resolution.reason : null);
  });
  const offeringsByModel = groupBy(offerings, (offering) => offering.modelId);
  const benchmarks = benchmarkResultsOf(ctx, new Set(ctx.drafts.keys()));

  const aliasesOf = modelAliases(ctx, offeringsByModel, benchmarks);
  const models: Model[] = [...ctx.drafts.values()]
    .map((draft) => ({ ...modelDocument(ctx, draft, offeringsByModel.get(draft.id) ?? []), aliases: (aliasesOf.get(draft.id) ?? []).sort() }))
    .sort(byKey((model) => model.id));

  const currentModelOf = new Map(offerings.map((o) => [o.id, o.modelId]));
  const priceEvents = historyPriceEvents(recordsOf<ModelsDevHistoryEvent>(sources, 'models-dev/history'), {
    providerFacts: (providerId) => ctx.providerFacts(providerId),
    modelIdOf: (providerId, rawId) =>
      currentModelOf.has(`${providerId}/${rawId}`)
        ? currentModelOf.get(`${providerId}/${rawId}`)!
        : ctx.index.resolve({ providerId, rawId, providerLabId: ctx.providerFacts(providerId).labId }).modelId,
  });

  return {
    labs: labsOf(ctx, models),
    providers: providersOf(ctx),
    models,
    offerings: offerings.sort(byKey((offering) => offering.id)),
    benchmarkResults: benchmarks.results,
    priceEvents,
    unmappedOfferings,
    unmappedArenaNames: benchmarks.unmapped,
  };
}

/**
 * Every spelling each model is known by: folded models.json ids, the alias table, its offerings'
 * provider ids and its arena names. An alias that two models share, or that is another model's id,
 * identifies neither and is dropped.
 */
function modelAliases(ctx: BuildContext, offeringsByModel: Map<string, Offering[]>, benchmarks: BenchmarkResults): Map<string, string[]> {
  const aliasOwners = new Map<string, Set<string>>();
  const claim = (alias: string, modelId: string) => {
    const owners = aliasOwners.get(alias) ?? new Set();
    owners.add(modelId);
    aliasOwners.set(alias, owners);
  };
  for (const draft of ctx.drafts.values()) {
    for (const alias of draft.aliases) claim(alias, draft.id);
    for (const alias of ctx.tables.aliases.models[draft.id]?.aliases ?? []) claim(alias, draft.id);
    for (const offering of offeringsByModel.get(draft.id) ?? []) claim(offering.providerModelId, draft.id);
    for (const name of benchmarks.arenaAliases.get(draft.id) ?? []) claim(name, draft.id);
  }
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, owners] of aliasOwners) {
    if (owners.size !== 1 || (ctx.drafts.has(alias) && !owners.has(alias))) continue;
    const owner = [...owners][0]!;
    if (alias === owner) continue;
    aliasesOf.set(owner, [...(aliasesOf.get(owner) ?? []), alias]);
  }
  return aliasesOf;
}
