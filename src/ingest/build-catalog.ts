/**
 * The whole catalog from the accepted records of every source: a pure, deterministic function, so the
 * same sources always give byte-for-byte the same documents (that is what makes re-imports no-ops).
 *
 * Canonical models come from, in order: models.dev `models.json`; the labs' own listings (a lab's API
 * naming its own model, e.g. provider `openai` listing `gpt-5.3-codex-spark`); OpenRouter's `lab/model`
 * ids. Each later step only adds a model when no earlier one already is it (see identity.ts). Then
 * every listing is attached to a model or left unmapped with the reason.
 */
import type { BenchmarkResult, Lab, Limits, Modality, Model, Offering, OfferingStatus, PeerGroup, Provenance, Provider } from '../domain/catalog.ts';
import { listPriceOf } from '../domain/list-price.ts';
import type { CatalogContent } from './catalog-writer.ts';
import type { ArenaHistoryEntry, ArenaRow, Leaderboard } from './formats/lmarena.ts';
import type { ApiRecord, ModelsDevBenchmark, ModelsDevHistoryEvent, ModelsDevListing, ModelsDevModel } from './formats/models-dev.ts';
import type { OpenRouterModel } from './formats/openrouter.ts';
import { type CanonicalEntry, IdentityIndex, type ListingQuery, parseListingId, snapshotBaseKey, spellingKey } from './identity.ts';
import { limitsOf, modelsDevCapabilities, modelsDevPrice, openRouterCapabilities, openRouterPrice, peerGroupOf, unixSecondsToIsoDay } from './normalise.ts';
import { historyPriceEvents } from './price-history.ts';
import { type ProviderFacts, providerFacts } from './pricing-kind.ts';
import type { SourceKind } from './source-file.ts';
import type { SourceSet, StoredRecord } from './sources.ts';
import type { SeedTables } from './tables.ts';

/**
 * The catalog's documents and what could not be mapped. Its price events are those derived from
 * models.dev history.json; an import's own price changes are added by the writer.
 */
export interface BuiltCatalog extends CatalogContent {
  unmappedOfferings: { offeringId: string; reason: string }[];
  unmappedArenaNames: { leaderboard: string; name: string; reason: string }[];
}

const OPENROUTER = 'openrouter';

interface Listing {
  offeringId: string;
  providerId: string;
  rawId: string;
  observedAt: string;
  baseModel: string | null;
  source: { kind: 'models.dev'; listing: ModelsDevListing } | { kind: 'openrouter'; model: OpenRouterModel };
}

type Definition = { kind: 'models.dev'; model: ModelsDevModel; observedAt: string } | { kind: 'listing'; listing: Listing; selfReported: boolean };

interface ModelDraft {
  id: string;
  labId: string;
  definition: Definition;
  aliases: Set<string>;
}

function recordsOf<T>(sources: SourceSet, kind: SourceKind): { value: T; observedAt: string; key: string }[] {
  return ((sources[kind] ?? []) as StoredRecord[]).map((record) => ({ value: record.value as T, observedAt: record.observedAt, key: record.key }));
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function statusOf(status: ModelsDevListing['status']): OfferingStatus {
  return status === 'alpha' ? 'ALPHA' : status === 'beta' ? 'BETA' : status === 'deprecated' ? 'DEPRECATED' : 'ACTIVE';
}

/** OpenRouter names read "Anthropic: Claude Opus 4.7"; the lab is a field of its own. */
function openRouterModelName(name: string): string {
  return name.replace(/^[^:]{1,40}:\s+/, '');
}

class CatalogBuilder {
  private readonly facts = new Map<string, ProviderFacts>();
  private readonly drafts = new Map<string, ModelDraft>();
  /** models.json ids the alias table folds into another model (their benchmarks move along). */
  private readonly foldedInto = new Map<string, string>();
  private index!: IdentityIndex;

  constructor(
    private readonly sources: SourceSet,
    private readonly tables: SeedTables,
  ) {}

  private providerFacts(providerId: string): ProviderFacts {
    let facts = this.facts.get(providerId);
    if (!facts) {
      facts = providerFacts(this.tables.providers, providerId);
      this.facts.set(providerId, facts);
    }
    return facts;
  }

  private aliasTarget(spelling: string): string | null {
    const lower = spelling.toLowerCase();
    for (const [target, entry] of Object.entries(this.tables.aliases.models)) {
      if (entry.aliases.some((alias) => alias.toLowerCase() === lower)) return target;
    }
    return null;
  }

  private reindex(): void {
    const entries: CanonicalEntry[] = [...this.drafts.values()].map((draft) => ({
      id: draft.id,
      labId: draft.labId,
      aliases: [...draft.aliases, ...(this.tables.aliases.models[draft.id]?.aliases ?? [])],
    }));
    this.index = new IdentityIndex(entries, this.tables.aliases);
  }

  private listings(): Listing[] {
    const byOffering = new Map<string, Listing>();
    for (const { value, observedAt } of recordsOf<ApiRecord>(this.sources, 'models-dev/api')) {
      if (!('listing' in value)) continue;
      const offeringId = `${value.providerId}/${value.listing.id}`;
      byOffering.set(offeringId, {
        offeringId,
        providerId: value.providerId,
        rawId: value.listing.id,
        observedAt,
        baseModel: value.listing.base_model ?? null,
        source: { kind: 'models.dev', listing: value.listing },
      });
    }
    // OpenRouter's own API is the better source for OpenRouter's listings than models.dev's copy.
    for (const { value, observedAt } of recordsOf<OpenRouterModel>(this.sources, 'openrouter/models')) {
      const offeringId = `${OPENROUTER}/${value.id}`;
      byOffering.set(offeringId, {
        offeringId,
        providerId: OPENROUTER,
        rawId: value.id,
        observedAt,
        baseModel: null,
        source: { kind: 'openrouter', model: value },
      });
    }
    return [...byOffering.values()].sort((a, b) => (a.offeringId < b.offeringId ? -1 : 1));
  }

  private query(listing: Listing): ListingQuery {
    const facts = this.providerFacts(listing.providerId);
    const rawId = facts.idPrefix && listing.rawId.startsWith(facts.idPrefix) ? listing.rawId.slice(facts.idPrefix.length) : listing.rawId;
    return { providerId: listing.providerId, rawId, providerLabId: facts.labId, baseModel: listing.baseModel };
  }

  private isRouter(listing: Listing): boolean {
    const id = listing.providerId === OPENROUTER ? listing.rawId.toLowerCase() : '';
    return this.tables.aliases.notModels.prefixes.some((prefix) => id.startsWith(prefix));
  }

  private seedFromModelsJson(): void {
    const records = recordsOf<ModelsDevModel>(this.sources, 'models-dev/models').sort((a, b) => (a.key < b.key ? -1 : 1));
    const ids = new Set(records.map((r) => r.value.id.toLowerCase()));
    for (const { value, observedAt } of records) {
      const id = value.id.toLowerCase();
      const target = this.aliasTarget(id);
      if (target && target !== id && ids.has(target)) {
        this.foldedInto.set(id, target);
        continue;
      }
      this.drafts.set(id, { id, labId: id.split('/')[0]!, definition: { kind: 'models.dev', model: value, observedAt }, aliases: new Set() });
    }
    for (const [folded, target] of this.foldedInto) this.drafts.get(target)?.aliases.add(folded);
  }

  /**
   * Adds a model for each group of unmatched listings that certainly name a model of `labOf(listing)`;
   * dated snapshots of one name form one group, named after the undated id when there is one.
   */
  private createFrom(listings: Listing[], labOf: (listing: Listing) => string | null, prefer: (listing: Listing) => number, selfReported: boolean): void {
    const groups = new Map<string, { labId: string; modelPart: string; listing: Listing }[]>();
    for (const listing of listings) {
      if (this.index.resolve(this.query(listing)).modelId !== null) continue;
      const parsed = parseListingId(this.query(listing).rawId, this.tables.aliases);
      const labId = labOf(listing);
      if (!parsed.ok || labId === null) continue;
      // The alias table may name the model this listing is (amazon/nova-pro for nova-pro-v1).
      const target = this.aliasTarget(`${labId}/${parsed.id.modelPart}`);
      const member = target ? { labId, modelPart: target.slice(labId.length + 1), listing } : { labId, modelPart: parsed.id.modelPart, listing };
      const key = target ?? `${labId}/${snapshotBaseKey(parsed.id.modelPart)}`;
      groups.set(key, [...(groups.get(key) ?? []), member]);
    }
    const undated = (member: { modelPart: string }) => Number(spellingKey(member.modelPart) === snapshotBaseKey(member.modelPart));
    for (const group of groups.values()) {
      const naming = [...group].sort((a, b) => undated(b) - undated(a) || (a.modelPart < b.modelPart ? -1 : 1))[0]!;
      const defining = [...group].sort((a, b) => prefer(a.listing) - prefer(b.listing) || (a.listing.offeringId < b.listing.offeringId ? -1 : 1))[0]!;
      const id = `${naming.labId}/${naming.modelPart}`;
      if (this.drafts.has(id)) continue;
      this.drafts.set(id, { id, labId: naming.labId, definition: { kind: 'listing', listing: defining.listing, selfReported }, aliases: new Set() });
    }
    this.reindex();
  }

  private createFromLabListings(listings: Listing[]): void {
    const eligible = listings.filter((listing) => {
      const facts = this.providerFacts(listing.providerId);
      return facts.labId !== null && facts.kind !== 'SUBSCRIPTION_PLAN' && !facts.hostsOtherLabs;
    });
    const labOf = (listing: Listing) => {
      const facts = this.providerFacts(listing.providerId);
      const rawId = this.query(listing).rawId;
      const parsed = parseListingId(rawId, this.tables.aliases);
      if (!parsed.ok) return null;
      const lab = parsed.id.labId ?? parsed.id.foreignNamespace ?? (rawId.includes('/') ? null : facts.labId);
      return lab === facts.labId ? lab : null;
    };
    // The lab's main API (provider id = lab id) defines the model over its regional twins.
    this.createFrom(eligible, labOf, (listing) => (listing.providerId === this.providerFacts(listing.providerId).labId ? 0 : 1), true);
  }

  private createFromOpenRouter(listings: Listing[]): void {
    const eligible = listings.filter((listing) => listing.providerId === OPENROUTER && !this.isRouter(listing));
    const labOf = (listing: Listing) => {
      const parsed = parseListingId(listing.rawId, this.tables.aliases);
      return parsed.ok ? (parsed.id.labId ?? parsed.id.foreignNamespace) : null;
    };
    this.createFrom(eligible, labOf, (listing) => (listing.source.kind === 'openrouter' ? 0 : 1), false);
  }

  private offering(listing: Listing, modelId: string | null, unmappedReason: string | null): Offering {
    const facts = this.providerFacts(listing.providerId);
    const selfReported = modelId !== null && facts.labId !== null && modelId.startsWith(`${facts.labId}/`);
    if (listing.source.kind === 'models.dev') {
      const { listing: record } = listing.source;
      const provenance: Provenance = { source: 'models.dev', sourceId: listing.offeringId, observedAt: listing.observedAt, selfReported, url: null };
      const peerGroup = peerGroupOf(record.modalities?.output ?? null, [record.id, record.family]);
      return {
        id: listing.offeringId,
        providerId: listing.providerId,
        providerModelId: listing.rawId,
        name: record.name,
        modelId,
        unmappedReason,
        price: modelsDevPrice(record.cost, facts, provenance),
        limits: limitsOf(record.limit, peerGroup, provenance),
        status: statusOf(record.status),
        provenance,
      };
    }
    const { model } = listing.source;
    const provenance: Provenance = {
      source: 'openrouter',
      sourceId: model.id,
      observedAt: listing.observedAt,
      selfReported,
      url: `https://openrouter.ai/${model.id}`,
    };
    const parsed = parseListingId(model.id, this.tables.aliases);
    return {
      id: listing.offeringId,
      providerId: OPENROUTER,
      providerModelId: model.id,
      name: openRouterModelName(model.name),
      modelId,
      unmappedReason,
      price: openRouterPrice(model, facts, parsed.ok && parsed.id.freeTier, provenance),
      limits: openRouterLimits(model, provenance),
      status: 'ACTIVE',
      provenance,
    };
  }

  private modelDocument(draft: ModelDraft, offerings: Offering[]): Omit<Model, 'aliases'> {
    const definition = draft.definition;
    let base: Omit<Model, 'aliases' | 'canonicalOfferingId' | 'listPrice'>;
    if (definition.kind === 'models.dev') {
      const record = definition.model;
      const provenance: Provenance = {
        source: 'models.dev',
        sourceId: record.id,
        observedAt: definition.observedAt,
        selfReported: false,
        url: `https://models.dev`,
      };
      base = modelsDevModelFields(draft, record, provenance);
    } else if (definition.listing.source.kind === 'models.dev') {
      const { listing } = definition;
      const provenance: Provenance = {
        source: 'models.dev',
        sourceId: listing.offeringId,
        observedAt: listing.observedAt,
        selfReported: definition.selfReported,
        url: null,
      };
      base = modelsDevModelFields(draft, definition.listing.source.listing, provenance);
    } else {
      const { model } = definition.listing.source;
      const provenance: Provenance = {
        source: 'openrouter',
        sourceId: model.id,
        observedAt: definition.listing.observedAt,
        selfReported: false,
        url: `https://openrouter.ai/${model.id}`,
      };
      const output = model.architecture.output_modalities;
      base = {
        id: draft.id,
        name: openRouterModelName(model.name),
        labId: draft.labId,
        family: null,
        releaseDate: model.created === undefined ? null : unixSecondsToIsoDay(model.created),
        knowledgeCutoff: model.knowledge_cutoff ?? null,
        openWeights: null,
        license: null,
        modalities: { input: [...model.architecture.input_modalities], output: [...output] },
        peerGroup: peerGroupOf(output, [model.id]),
        limits: openRouterLimits(model, provenance),
        capabilities: openRouterCapabilities(model),
        provenance: [provenance],
      };
    }
    const canonical = this.canonicalOffering(draft, offerings);
    return { ...base, canonicalOfferingId: canonical?.id ?? null, listPrice: listPriceOf(canonical) };
  }

  /** The lab's own pay-per-use listing (its main API first, the spelling of the model id next). */
  private canonicalOffering(draft: ModelDraft, offerings: Offering[]): Offering | null {
    const own = offerings.filter((o) => o.price.kind === 'PAY_PER_USE' && this.providerFacts(o.providerId).labId === draft.labId);
    const modelKey = spellingKey(draft.id.slice(draft.labId.length + 1));
    const rank = (o: Offering) =>
      (o.providerId === draft.labId ? 0 : 4) + (o.status === 'DEPRECATED' ? 2 : 0) + (spellingKey(o.providerModelId) === modelKey ? 0 : 1);
    const best = own.sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1))[0];
    if (best) return best;
    // Failing that, the price of the listing the model was defined from (e.g. its OpenRouter entry).
    const definition = draft.definition;
    if (definition.kind !== 'listing') return null;
    return offerings.find((o) => o.id === definition.listing.offeringId && o.price.kind === 'PAY_PER_USE') ?? null;
  }

  private resolveArenaName(name: string, organization: string): { modelId: string } | { modelId: null; reason: string } {
    const aliased = this.index.lookupAlias(name);
    if (aliased) return { modelId: aliased };
    const org = organization.trim().toLowerCase();
    const labId = this.tables.aliases.labAliases[org] ?? slug(org);
    const spelled = name.trim().toLowerCase().replace(/\s+/g, '-');
    if (/[()]/.test(spelled)) return { modelId: null, reason: 'display name with a qualifier; not in the alias table' };
    const resolution = this.index.resolve({ providerId: 'lmarena', rawId: `${labId}/${spelled}`, providerLabId: null });
    return resolution.modelId !== null ? { modelId: resolution.modelId } : { modelId: null, reason: resolution.reason };
  }

  private benchmarks(modelIds: Set<string>): {
    results: BenchmarkResult[];
    unmapped: BuiltCatalog['unmappedArenaNames'];
    arenaAliases: Map<string, Set<string>>;
  } {
    const results = new Map<string, BenchmarkResult>();
    const add = (result: BenchmarkResult) => {
      if (!results.has(result.id)) results.set(result.id, result);
    };
    const labDomains = (labId: string) => this.tables.labs[labId]?.domains ?? [];
    for (const { value, observedAt } of recordsOf<ModelsDevModel>(this.sources, 'models-dev/models').sort((a, b) => (a.key < b.key ? -1 : 1))) {
      const own = value.id.toLowerCase();
      const modelId = this.foldedInto.get(own) ?? own;
      if (!modelIds.has(modelId)) continue;
      for (const benchmark of value.benchmarks ?? []) {
        const host = hostOf(benchmark.source);
        const selfReported = host !== null && labDomains(modelId.split('/')[0]!).some((domain) => host === domain || host.endsWith(`.${domain}`));
        add(modelsDevBenchmark(modelId, value.id, benchmark, observedAt, selfReported));
      }
    }

    const unmapped: BuiltCatalog['unmappedArenaNames'] = [];
    const arenaAliases = new Map<string, Set<string>>();
    const mapName = (leaderboard: string, name: string, organization: string, reported: Set<string>): string | null => {
      const resolution = this.resolveArenaName(name, organization);
      if (resolution.modelId === null) {
        if (!reported.has(name)) {
          reported.add(name);
          unmapped.push({ leaderboard, name, reason: resolution.reason });
        }
        return null;
      }
      const aliases = arenaAliases.get(resolution.modelId) ?? new Set();
      aliases.add(name);
      arenaAliases.set(resolution.modelId, aliases);
      return resolution.modelId;
    };

    for (const board of ['text', 'vision', 'image'] as Leaderboard[]) {
      const reported = new Set<string>();
      const rows = recordsOf<ArenaRow>(this.sources, `lmarena/${board}`).sort((a, b) => b.value.votes - a.value.votes || (a.key < b.key ? -1 : 1));
      for (const { value, observedAt } of rows) {
        const modelId = mapName(`lmarena-${board}`, value.model, value.organization, reported);
        // Rows sorted by votes: when two names land on one model, the better-attested score is kept.
        if (modelId) add(arenaResult(modelId, board, value.model, value.arena_score, value.votes, observedAt, observedAt, value.ci));
      }
    }
    const reported = new Set<string>();
    const history = recordsOf<ArenaHistoryEntry>(this.sources, 'lmarena/text-history').sort(
      (a, b) => b.value.votes - a.value.votes || (a.key < b.key ? -1 : 1),
    );
    for (const { value, observedAt } of history) {
      const modelId = mapName('lmarena-text-history', value.model, value.organization, reported);
      if (modelId) add(arenaResult(modelId, 'text', value.model, value.score, value.votes, value.date, observedAt, null));
    }
    return { results: [...results.values()].sort(byId), unmapped, arenaAliases };
  }

  build(): BuiltCatalog {
    this.seedFromModelsJson();
    this.reindex();
    const listings = this.listings();
    this.createFromLabListings(listings);
    this.createFromOpenRouter(listings);

    const unmappedOfferings: BuiltCatalog['unmappedOfferings'] = [];
    const offerings = listings.map((listing) => {
      const resolution = this.isRouter(listing) ? { modelId: null, reason: this.tables.aliases.notModels.reason } : this.index.resolve(this.query(listing));
      if (resolution.modelId === null) unmappedOfferings.push({ offeringId: listing.offeringId, reason: resolution.reason });
      return this.offering(listing, resolution.modelId, resolution.modelId === null ? resolution.reason : null);
    });

    const offeringsByModel = new Map<string, Offering[]>();
    for (const offering of offerings) {
      if (offering.modelId === null) continue;
      const list = offeringsByModel.get(offering.modelId) ?? [];
      list.push(offering);
      offeringsByModel.set(offering.modelId, list);
    }
    const modelIds = new Set(this.drafts.keys());
    const { results, unmapped, arenaAliases } = this.benchmarks(modelIds);

    const aliasOwners = new Map<string, Set<string>>();
    const claim = (alias: string, modelId: string) => {
      const owners = aliasOwners.get(alias) ?? new Set();
      owners.add(modelId);
      aliasOwners.set(alias, owners);
    };
    for (const draft of this.drafts.values()) {
      for (const alias of draft.aliases) claim(alias, draft.id);
      for (const alias of this.tables.aliases.models[draft.id]?.aliases ?? []) claim(alias, draft.id);
      for (const offering of offeringsByModel.get(draft.id) ?? []) claim(offering.providerModelId, draft.id);
      for (const name of arenaAliases.get(draft.id) ?? []) claim(name, draft.id);
    }
    // An alias that two models share, or that is another model's id, identifies neither.
    const aliasesOf = new Map<string, string[]>();
    for (const [alias, owners] of aliasOwners) {
      if (owners.size !== 1 || (modelIds.has(alias) && !owners.has(alias))) continue;
      const owner = [...owners][0]!;
      if (alias === owner) continue;
      aliasesOf.set(owner, [...(aliasesOf.get(owner) ?? []), alias]);
    }

    const models: Model[] = [...this.drafts.values()]
      .map((draft) => {
        const document = this.modelDocument(draft, offeringsByModel.get(draft.id) ?? []);
        return { ...document, aliases: (aliasesOf.get(draft.id) ?? []).sort() };
      })
      .sort(byId);

    const currentModelOf = new Map(offerings.map((o) => [o.id, o.modelId]));
    const priceEvents = historyPriceEvents(recordsOf<ModelsDevHistoryEvent>(this.sources, 'models-dev/history'), {
      providerFacts: (providerId) => this.providerFacts(providerId),
      modelIdOf: (providerId, rawId) =>
        currentModelOf.has(`${providerId}/${rawId}`)
          ? currentModelOf.get(`${providerId}/${rawId}`)!
          : this.index.resolve({ providerId, rawId, providerLabId: this.providerFacts(providerId).labId }).modelId,
    });

    return {
      labs: this.labs(models),
      providers: this.providers(),
      models,
      offerings: offerings.sort(byId),
      benchmarkResults: results,
      priceEvents,
      unmappedOfferings,
      unmappedArenaNames: unmapped,
    };
  }

  private labs(models: Model[]): Lab[] {
    const ids = new Set(models.map((m) => m.labId));
    for (const table of Object.values(this.tables.providers.providers)) if (table.labId) ids.add(table.labId);
    return [...ids].map((id) => ({ id, name: this.tables.labs[id]?.name ?? id, url: this.tables.labs[id]?.url ?? null })).sort(byId);
  }

  private providers(): Provider[] {
    const providers = new Map<string, Provider>();
    const add = (id: string, name: string, docUrl: string | null) => {
      const facts = this.providerFacts(id);
      providers.set(id, { id, name, docUrl, defaultPricingKind: facts.kind, labId: facts.labId });
    };
    for (const { value } of recordsOf<ApiRecord>(this.sources, 'models-dev/api')) {
      if ('provider' in value) add(value.provider.id, value.provider.name, value.provider.doc ?? null);
    }
    if (!providers.has(OPENROUTER) && (this.sources['openrouter/models']?.length ?? 0) > 0) add(OPENROUTER, 'OpenRouter', 'https://openrouter.ai/docs');
    return [...providers.values()].sort(byId);
  }
}

function openRouterLimits(model: OpenRouterModel, provenance: Provenance): Limits {
  const output = model.architecture.output_modalities;
  return limitsOf(
    { context: model.context_length ?? model.top_provider?.context_length ?? null, output: model.top_provider?.max_completion_tokens ?? null },
    peerGroupOf(output, [model.id]),
    provenance,
  );
}

type ModelsDevModelLike = Omit<ModelsDevModel, 'benchmarks' | 'license'> & { license?: string | undefined };

function modelsDevModelFields(
  draft: ModelDraft,
  record: ModelsDevModelLike,
  provenance: Provenance,
): Omit<Model, 'aliases' | 'canonicalOfferingId' | 'listPrice'> {
  const modalities: { input: Modality[]; output: Modality[] } = {
    input: [...(record.modalities?.input ?? [])],
    output: [...(record.modalities?.output ?? [])],
  };
  const peerGroup: PeerGroup = peerGroupOf(record.modalities?.output ?? null, [record.id, record.family]);
  return {
    id: draft.id,
    name: record.name,
    labId: draft.labId,
    family: record.family ?? null,
    releaseDate: record.release_date ?? null,
    knowledgeCutoff: record.knowledge ?? null,
    openWeights: record.open_weights ?? null,
    license: record.license ?? null,
    modalities,
    peerGroup,
    limits: limitsOf(record.limit, peerGroup, provenance),
    capabilities: modelsDevCapabilities(record),
    provenance: [provenance],
  };
}

function modelsDevBenchmark(modelId: string, sourceModelId: string, benchmark: ModelsDevBenchmark, observedAt: string, selfReported: boolean): BenchmarkResult {
  const qualifiers = [benchmark.dataset, benchmark.variant, benchmark.harness, benchmark.version].filter((q) => q !== undefined).map(String);
  const benchmarkId = slug([benchmark.name, ...qualifiers].join(' '));
  const date = benchmark.date ?? null;
  return {
    id: `${modelId}|${benchmarkId}|${date ?? 'undated'}`,
    modelId,
    benchmarkId,
    benchmarkName: qualifiers.length ? `${benchmark.name} (${qualifiers.join(', ')})` : benchmark.name,
    score: benchmark.score,
    metric: benchmark.metric ?? 'score',
    higherIsBetter: true,
    date,
    sourceUrl: benchmark.source ?? null,
    votes: null,
    ciLower: null,
    ciUpper: null,
    provenance: { source: 'models.dev', sourceId: `${sourceModelId}#${benchmarkId}`, observedAt, selfReported, url: benchmark.source ?? null },
  };
}

const ARENA_NAMES: Record<Leaderboard, string> = { text: 'LMArena Text Arena', vision: 'LMArena Vision Arena', image: 'LMArena Text-to-Image Arena' };

function arenaResult(
  modelId: string,
  board: Leaderboard,
  name: string,
  score: number,
  votes: number,
  date: string,
  observedAt: string,
  ci: { plus: number; minus: number } | null,
): BenchmarkResult {
  const benchmarkId = `lmarena-${board}`;
  const url = `https://lmarena.ai/leaderboard/${board === 'image' ? 'text-to-image' : board}`;
  return {
    id: `${modelId}|${benchmarkId}|${date}`,
    modelId,
    benchmarkId,
    benchmarkName: ARENA_NAMES[board],
    score,
    metric: 'arena score (Elo scale)',
    higherIsBetter: true,
    date,
    sourceUrl: url,
    votes,
    ciLower: ci ? score - ci.minus : null,
    ciUpper: ci ? score + ci.plus : null,
    provenance: { source: 'lmarena', sourceId: `${benchmarkId}:${name}`, observedAt, selfReported: false, url },
  };
}

export function buildCatalog(sources: SourceSet, tables: SeedTables): BuiltCatalog {
  return new CatalogBuilder(sources, tables).build();
}
