/**
 * The whole catalog from the accepted records of every source: a pure, deterministic function, so the
 * same sources always give byte-for-byte the same documents (that is what makes re-imports no-ops).
 *
 * Phases: the canonical models (models.ts), every listing attached to one of them or left unmapped
 * with the reason (offerings.ts), benchmark results (benchmarks.ts), each model's aliases, labs and
 * providers (labs-and-providers.ts), and the price history (price-history.ts).
 */
import type { CatalogContent, Model, Offering } from '../../domain/catalog.ts';
import type { NearMiss, SourceRowCounts, SuspectedDuplicate } from '../../domain/ingest-report.ts';
import { modelStatus } from '../../domain/model-status.ts';
import { groupBy } from '../../domain/util/grouping.ts';
import { byKey } from '../../domain/util/sorting.ts';
import type { ModelsDevHistoryEvent } from '../formats/models-dev.ts';
import { parseListingId } from '../identity.ts';
import type { SourceSet } from '../sources.ts';
import type { AliasTable, SeedTables } from '../tables.ts';
import { draftsFromArena } from './arena.ts';
import { type BenchmarkResults, benchmarkResultsOf, type UnmappedArenaName } from './benchmarks.ts';
import { BuildContext, recordsOf } from './context.ts';
import { suspectedDuplicates } from './duplicates.ts';
import { labsOf, providersOf } from './labs-and-providers.ts';
import { isRouter, listingName, listingsOf, OPENROUTER } from './listings.ts';
import { draftsFromHostListings, draftsFromLabListings, draftsFromModelsJson, draftsFromOpenRouter, modelDocument } from './models.ts';
import { offeringOf } from './offerings.ts';
import { historyPriceEvents } from './price-history.ts';
import { sourceRowCounts } from './source-rows.ts';

/**
 * The catalog's documents and what could not be mapped. Its price events are those derived from
 * models.dev history.json; an import's own price changes are added by the importer.
 */
export interface BuiltCatalog extends CatalogContent {
  unmappedOfferings: { offeringId: string; reason: string }[];
  unmappedArenaNames: UnmappedArenaName[];
  sourceRows: SourceRowCounts[];
  nearMisses: NearMiss[];
  suspectedDuplicates: SuspectedDuplicate[];
}

export function buildCatalog(sources: SourceSet, tables: SeedTables): BuiltCatalog {
  const ctx = new BuildContext(sources, tables);
  draftsFromModelsJson(ctx);
  const listings = listingsOf(sources);
  draftsFromLabListings(ctx, listings);
  draftsFromOpenRouter(ctx, listings);
  draftsFromHostListings(ctx, listings);
  draftsFromArena(ctx);

  const unmappedOfferings: BuiltCatalog['unmappedOfferings'] = [];
  const offerings = listings.map((listing) => {
    const resolution = isRouter(listing, tables.aliases)
      ? { modelId: null, reason: tables.aliases.notModels.reason }
      : ctx.resolveListing(ctx.query(listing), listingName(listing));
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
        : ctx.resolveListing({ providerId, rawId, providerLabId: ctx.providerFacts(providerId).labId }, null).modelId,
  });

  // A model's status needs its lab's listings over time: the price events, built last.
  const eventsByModel = groupBy(priceEvents, (event) => event.modelId);
  const providers = providersOf(ctx);
  const labProviders = groupBy(providers, (provider) => provider.labId);
  const none = new Set<string>();
  for (const model of models) {
    const own = new Set((labProviders.get(model.labId) ?? []).map((provider) => provider.id));
    model.status = modelStatus(model, offeringsByModel.get(model.id) ?? [], eventsByModel.get(model.id) ?? [], own.size === 0 ? none : own);
  }

  return {
    labs: labsOf(ctx, models),
    providers,
    models,
    offerings: offerings.sort(byKey((offering) => offering.id)),
    benchmarkResults: benchmarks.results,
    priceEvents,
    unmappedOfferings,
    unmappedArenaNames: benchmarks.unmapped,
    sourceRows: sourceRowCounts(ctx, offerings, benchmarks.arenaRows),
    nearMisses: [...ctx.nearMisses].sort(byKey((miss) => `${miss.source}|${miss.name}`)),
    suspectedDuplicates: suspectedDuplicates(models, tables.aliases),
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
    for (const offering of offeringsByModel.get(draft.id) ?? []) {
      claim(offering.providerModelId, draft.id);
      // OpenRouter's `qwen/qwen-2.5-72b-instruct` as the catalog spells a lab's id, `alibaba/qwen-2.5-72b-instruct`.
      const labSpelling = offering.providerId === OPENROUTER ? labSpelled(offering.providerModelId, ctx.tables.aliases) : null;
      if (labSpelling) claim(labSpelling, draft.id);
    }
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

/** `qwen/qwen-2.5-72b-instruct` → `alibaba/qwen-2.5-72b-instruct`; null when the id is already so spelled or names no lab. */
function labSpelled(rawId: string, table: AliasTable): string | null {
  const parsed = parseListingId(rawId, table);
  if (!parsed.ok || parsed.id.labId === null) return null;
  const spelled = `${parsed.id.labId}/${parsed.id.modelPart}`;
  return spelled === rawId.toLowerCase() ? null : spelled;
}
