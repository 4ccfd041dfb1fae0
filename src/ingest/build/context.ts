/**
 * What every phase of a catalog build shares: the sources, the seed tables, the model drafts made so
 * far and the identity index over them.
 */
import type { NearMiss } from '../../domain/ingest-report.ts';
import type { Leaderboard } from '../formats/lmarena.ts';
import type { ModelsDevModel } from '../formats/models-dev.ts';
import type { SourceKind } from '../formats/source-file.ts';
import { type CanonicalEntry, IdentityIndex, type ListingQuery, type Resolution } from '../identity.ts';
import { type ProviderFacts, providerFacts } from '../pricing-kind.ts';
import type { SourceSet, StoredRecord } from '../sources.ts';
import type { SeedTables } from '../tables.ts';
import { type Listing, listingName } from './listings.ts';

/** A model known from LMArena rows only: what the rows say about it. */
export interface ArenaDefinition {
  /** The display name without a release or configuration qualifier, e.g. `ChatGPT-4o-latest`. */
  name: string;
  /** The leaderboards that rank it (a history row counts as the text board). */
  boards: Leaderboard[];
  license: string | null;
  /** `YYYY-MM` from the CSV's `knowledge_cutoff` column, when it gives one. */
  knowledgeCutoff: string | null;
  /** The row the model was named after, e.g. `lmarena/image:FLUX1.1 [pro]`. */
  sourceId: string;
  url: string | null;
  observedAt: string;
}

/** Where a model's own fields (name, dates, limits, capabilities) come from. */
export type Definition =
  | { kind: 'models.dev'; model: ModelsDevModel; observedAt: string }
  | { kind: 'listing'; listing: Listing; selfReported: boolean }
  | { kind: 'lmarena'; arena: ArenaDefinition };

export interface ModelDraft {
  id: string;
  labId: string;
  definition: Definition;
  aliases: Set<string>;
}

export function recordsOf<T>(sources: SourceSet, kind: SourceKind): { value: T; observedAt: string; key: string }[] {
  return ((sources[kind] ?? []) as StoredRecord[]).map((record) => ({ value: record.value as T, observedAt: record.observedAt, key: record.key }));
}

/** A lowercase slug of words: `Claude Opus 4 (thinking)` → `claude-opus-4-thinking`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The version numbers a name writes (`Mistral Medium 3.1` → 3.1) that `other` does not. */
function versionsMissingFrom(name: string, other: string): string[] {
  const versions = (text: string) => text.match(/\d+(?:\.\d+)*/g) ?? [];
  const known = new Set(versions(other));
  return versions(name).filter((version) => !known.has(version));
}

/** The display name a draft's definition gives the model. */
export function draftName({ definition }: ModelDraft): string {
  if (definition.kind === 'models.dev') return definition.model.name;
  if (definition.kind === 'lmarena') return definition.arena.name;
  return listingName(definition.listing);
}

export class BuildContext {
  readonly drafts = new Map<string, ModelDraft>();
  /** models.json ids the alias table folds into another model (their benchmarks move along). */
  readonly foldedInto = new Map<string, string>();
  /** Models created from a source row that nearly matched another model (reported, never merged). */
  readonly nearMisses: NearMiss[] = [];
  #index: IdentityIndex | null = null;
  #indexWithoutArena: IdentityIndex | null = null;
  #labsWithOwnApi: ReadonlySet<string> | null = null;
  readonly #facts = new Map<string, ProviderFacts>();

  constructor(
    readonly sources: SourceSet,
    readonly tables: SeedTables,
  ) {}

  /** The identity index over the drafts as of the last `reindex()`. */
  get index(): IdentityIndex {
    this.#index ??= this.#buildIndex([...this.drafts.values()]);
    return this.#index;
  }

  /** After drafts were added: the index must see them. */
  reindex(): void {
    this.#index = null;
    this.#indexWithoutArena = null;
  }

  /**
   * The model a listing is. A leaderboard's display name is the weakest evidence of identity, so a
   * listing maps to a model known only from a leaderboard only when no model of another source is
   * it, and only when the listing's own name names no version the model's lacks (Vercel's
   * `mistral/mistral-medium` is "Mistral Medium 3.1", not LMArena's 2023 "Mistral Medium").
   */
  resolveListing(query: ListingQuery, listingName: string | null): Resolution {
    this.#indexWithoutArena ??= this.#buildIndex([...this.drafts.values()].filter((draft) => draft.definition.kind !== 'lmarena'));
    const bySources = this.#indexWithoutArena.resolve(query);
    if (bySources.modelId !== null) return bySources;
    const resolution = this.index.resolve(query);
    const definition = resolution.modelId === null ? null : this.drafts.get(resolution.modelId)?.definition;
    if (definition?.kind !== 'lmarena' || listingName === null) return resolution;
    const missing = versionsMissingFrom(listingName, `${definition.arena.name} ${resolution.modelId}`);
    if (missing.length === 0) return resolution;
    return {
      modelId: null,
      reason: `its name "${listingName}" names ${missing.join(', ')}, which ${resolution.modelId} (known from LMArena) does not`,
      nearModelId: resolution.modelId,
    };
  }

  #buildIndex(drafts: ModelDraft[]): IdentityIndex {
    const entries: CanonicalEntry[] = drafts.map((draft) => ({
      id: draft.id,
      labId: draft.labId,
      aliases: [...draft.aliases, ...(this.tables.aliases.models[draft.id]?.aliases ?? [])],
      name: draftName(draft),
    }));
    return new IdentityIndex(entries, this.tables.aliases);
  }

  /** Labs whose own API is in the data (seed/providers.json): they, not hosts, say which models they have. */
  get labsWithOwnApi(): ReadonlySet<string> {
    this.#labsWithOwnApi ??= new Set(Object.values(this.tables.providers.providers).flatMap((entry) => (entry.labId ? [entry.labId] : [])));
    return this.#labsWithOwnApi;
  }

  providerFacts(providerId: string): ProviderFacts {
    let facts = this.#facts.get(providerId);
    if (!facts) {
      facts = providerFacts(this.tables.providers, providerId);
      this.#facts.set(providerId, facts);
    }
    return facts;
  }

  /** The canonical model the alias table names for a spelling, if any. */
  aliasTarget(spelling: string): string | null {
    const lower = spelling.toLowerCase();
    for (const [target, entry] of Object.entries(this.tables.aliases.models)) {
      if (entry.aliases.some((alias) => alias.toLowerCase() === lower)) return target;
    }
    return null;
  }

  /** A listing as identity resolution sees it: the provider's id wrapper removed, its lab as a hint. */
  query(listing: Listing): ListingQuery {
    const facts = this.providerFacts(listing.providerId);
    const rawId = facts.idPrefix && listing.rawId.startsWith(facts.idPrefix) ? listing.rawId.slice(facts.idPrefix.length) : listing.rawId;
    return { providerId: listing.providerId, rawId, providerLabId: facts.labId, baseModel: listing.baseModel };
  }
}
