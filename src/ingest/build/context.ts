/**
 * What every phase of a catalog build shares: the sources, the seed tables, the model drafts made so
 * far and the identity index over them.
 */
import type { ModelsDevModel } from '../formats/models-dev.ts';
import type { SourceKind } from '../formats/source-file.ts';
import { type CanonicalEntry, IdentityIndex, type ListingQuery } from '../identity.ts';
import { type ProviderFacts, providerFacts } from '../pricing-kind.ts';
import type { SourceSet, StoredRecord } from '../sources.ts';
import type { SeedTables } from '../tables.ts';
import type { Listing } from './listings.ts';

/** Where a model's own fields (name, dates, limits, capabilities) come from. */
export type Definition = { kind: 'models.dev'; model: ModelsDevModel; observedAt: string } | { kind: 'listing'; listing: Listing; selfReported: boolean };

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

export class BuildContext {
  readonly drafts = new Map<string, ModelDraft>();
  /** models.json ids the alias table folds into another model (their benchmarks move along). */
  readonly foldedInto = new Map<string, string>();
  #index: IdentityIndex | null = null;
  readonly #facts = new Map<string, ProviderFacts>();

  constructor(
    readonly sources: SourceSet,
    readonly tables: SeedTables,
  ) {}

  /** The identity index over the drafts as of the last `reindex()`. */
  get index(): IdentityIndex {
    this.#index ??= this.#buildIndex();
    return this.#index;
  }

  /** After drafts were added: the index must see them. */
  reindex(): void {
    this.#index = this.#buildIndex();
  }

  #buildIndex(): IdentityIndex {
    const entries: CanonicalEntry[] = [...this.drafts.values()].map((draft) => ({
      id: draft.id,
      labId: draft.labId,
      aliases: [...draft.aliases, ...(this.tables.aliases.models[draft.id]?.aliases ?? [])],
    }));
    return new IdentityIndex(entries, this.tables.aliases);
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
