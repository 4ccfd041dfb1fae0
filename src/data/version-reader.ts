import type { Collection, Db, Document, Filter, Sort } from 'mongodb';
import type { IsoDate, Lab, Model, Offering, PriceEvent, Provider } from '../domain/catalog.ts';
import type { CatalogUpdate } from '../domain/catalog-changes.ts';
import type { DatabaseSortField, ModelFilter, ModelSort } from '../domain/model-query.ts';
import type { ModelScoreRecord } from '../domain/scoring/types.ts';
import { groupBy } from '../domain/util/grouping.ts';
import type { CatalogVersionSource } from './catalog-versions/pointer.ts';
import { type Collections, collections } from './collections.ts';
import { cacheForLoaders } from './loaders.ts';
import { modelFilterQuery, modelSortStages } from './model-query.ts';
import { VersionCache } from './version-cache.ts';

const FIRST_BATCH_SIZE = 100_000;
/**
 * Computed answers kept per instance. Each holds hundreds of priced models: 200 frontiers, each of
 * a different usage, held 72 MB of heap (0.36 MB each); 64 hold about 23 MB. The answers a page
 * asks again and again stay: the least recently used go first.
 */
export const COMPUTED_ENTRIES = 64;

/** Price events on or after `since`, of one model and/or one provider when given. */
export interface PriceEventFilter {
  since: IsoDate;
  modelId: string | null;
  providerId: string | null;
}

/**
 * A catalog version whole, for the answers that rank or price every model at once (leaderboards,
 * recommendations, frontiers, score sorts). Shared by the instance's requests: never mutate it.
 */
export interface WholeCatalog {
  /** By canonical id. */
  models: Model[];
  /** Each model's offerings, by provider then id; a model without offerings has none here. */
  offeringsByModelId: ReadonlyMap<string, Offering[]>;
  /** The providers that offer each model. */
  providersByModelId: ReadonlyMap<string, ReadonlySet<string>>;
  scoresByModelId: ReadonlyMap<string, ModelScoreRecord>;
}

/** The whole catalog from its documents: models by id, offerings (by provider, then id) and scores. */
export function wholeCatalogOf(models: Model[], offerings: readonly Offering[], scores: readonly ModelScoreRecord[]): WholeCatalog {
  const offeringsByModelId = groupBy(offerings, (offering) => offering.modelId);
  return {
    models,
    offeringsByModelId,
    providersByModelId: new Map([...offeringsByModelId].map(([modelId, list]) => [modelId, new Set(list.map((offering) => offering.providerId))])),
    scoresByModelId: new Map(scores.map((score) => [score.id, score])),
  };
}

export interface PageOf<T> {
  items: T[];
  totalCount: number;
}

/**
 * Read access to the current catalog version for one request. The version is taken once, lazily,
 * from the instance's view of the pointer, so a request sees one consistent catalog even while an
 * import switches versions; what was read for that version may come from the instance's
 * `VersionCache`.
 */
export class VersionReader {
  readonly collections: Collections;
  private versionPromise: Promise<number> | null = null;

  constructor(
    readonly db: Db,
    readonly cache: VersionCache,
    private readonly versions: CatalogVersionSource,
    /** Answers computed from the whole version (a frontier, a recommendation, a leaderboard), kept for it; few, as each is large. */
    private readonly computed: VersionCache = new VersionCache(COMPUTED_ENTRIES),
  ) {
    this.collections = collections(db);
  }

  /**
   * A value computed from this version alone, by `key` (the request that determines it), kept while
   * the version is current: the pages ask the same frontier or recommendation again and again, and
   * each costs milliseconds of CPU over the whole catalog. Shared by requests: never mutate it.
   */
  async computedFromVersion<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.computed.through(await this.version(), key, compute);
  }

  version(): Promise<number> {
    this.versionPromise ??= Promise.resolve(this.versions.current());
    return this.versionPromise;
  }

  async find<T extends Document>(collection: Collection<T>, filter: Filter<T>, sort: Sort = { id: 1 }): Promise<T[]> {
    const catalogVersion = await this.version();
    const documents = await collection
      // One reply for the whole batch: a loader's result set is bounded by its keys, and a getMore
      // per 101 documents would turn one command per collection into several. No projection: the
      // store then returns stored bytes as they are, twice as fast as projecting them.
      .find({ ...filter, catalogVersion } as Filter<T>, { sort, batchSize: FIRST_BATCH_SIZE })
      .toArray();
    return documents.map(({ _id, catalogVersion: _version, ...document }) => document) as unknown as T[];
  }

  async allLabs(): Promise<Lab[]> {
    return this.cache.through(await this.version(), 'labs:all', () => this.find(this.collections.labs, {}, { name: 1, id: 1 }));
  }

  async allProviders(): Promise<Provider[]> {
    return this.cache.through(await this.version(), 'providers:all', () => this.find(this.collections.providers, {}, { name: 1, id: 1 }));
  }

  /**
   * The whole version, read once per version: one command each on models, offerings and scores. The
   * loaders then find its models, offerings and scores in the version cache (see cacheForLoaders).
   */
  async wholeCatalog(): Promise<WholeCatalog> {
    const version = await this.version();
    return this.cache.through(version, 'catalog:whole', async () => {
      const [models, offerings, scores] = await Promise.all([
        this.find(this.collections.models, {}),
        this.find(this.collections.offerings, { modelId: { $ne: null } }, { providerId: 1, id: 1 }),
        this.find(this.collections.modelScores, {}),
      ]);
      const catalog = wholeCatalogOf(models, offerings, scores);
      cacheForLoaders(this, version, catalog);
      return catalog;
    });
  }

  /** Every model's id, name and aliases (for "did you mean" on an id that names nothing), read once per version. */
  async modelNames(): Promise<Pick<Model, 'id' | 'name' | 'aliases'>[]> {
    const catalogVersion = await this.version();
    return this.cache.through(catalogVersion, 'models:names', () =>
      this.collections.models
        .find({ catalogVersion }, { projection: { _id: 0, id: 1, name: 1, aliases: 1 }, sort: { id: 1 }, batchSize: FIRST_BATCH_SIZE })
        .toArray(),
    );
  }

  /** One page of models and the total matching, in one aggregate command on `models` (or none, once cached). */
  async modelsPage(filter: ModelFilter, sort: ModelSort<DatabaseSortField>, offset: number, limit: number): Promise<{ models: Model[]; totalCount: number }> {
    const catalogVersion = await this.version();
    return this.cache.through(catalogVersion, `models:page:${JSON.stringify({ filter, sort, offset, limit })}`, () =>
      this.#modelsPage(catalogVersion, filter, sort, offset, limit),
    );
  }

  /** Price events matching `filter`, newest first (ties by id), one page and the total, in one aggregate command. */
  async priceEventsPage(filter: PriceEventFilter, offset: number, limit: number): Promise<PageOf<PriceEvent>> {
    const catalogVersion = await this.version();
    const match: Filter<Document> = {
      catalogVersion,
      date: { $gte: filter.since },
      ...(filter.modelId === null ? {} : { modelId: filter.modelId }),
      ...(filter.providerId === null ? {} : { providerId: filter.providerId }),
    };
    return this.cache.through(catalogVersion, `priceEvents:page:${JSON.stringify({ filter, offset, limit })}`, () =>
      facetPage<PriceEvent>(this.collections.priceEvents as unknown as Collection<Document>, match, { date: -1, id: 1 }, offset, limit, { catalogVersion: 0 }),
    );
  }

  /**
   * The catalog's updates up to this request's version, newest first. Later versions' updates (an
   * import flipping the pointer while this request runs, or one that crashed before its flip) are
   * not part of the catalog this request reads.
   */
  async catalogUpdatesPage(offset: number, limit: number): Promise<PageOf<CatalogUpdate>> {
    const catalogVersion = await this.version();
    return this.cache.through(catalogVersion, `catalogUpdates:page:${offset}:${limit}`, () =>
      facetPage<CatalogUpdate>(
        this.collections.catalogUpdates as unknown as Collection<Document>,
        { catalogVersion: { $lte: catalogVersion } },
        { catalogVersion: -1 },
        offset,
        limit,
        {},
      ),
    );
  }

  async #modelsPage(
    catalogVersion: number,
    filter: ModelFilter,
    sort: ModelSort<DatabaseSortField>,
    offset: number,
    limit: number,
  ): Promise<{ models: Model[]; totalCount: number }> {
    const servedBy = filter.providers?.length
      ? ((await this.collections.offerings.distinct('modelId', { catalogVersion, providerId: { $in: filter.providers } })) as (string | null)[]).filter(
          (id): id is string => id !== null,
        )
      : null;
    const [result] = await this.collections.models
      .aggregate<{ page: Model[]; total: { count: number }[] }>([
        { $match: { $and: [{ catalogVersion }, modelFilterQuery(filter, servedBy)] } },
        {
          $facet: {
            page: [...modelSortStages(sort), { $skip: offset }, { $limit: Math.max(limit, 1) }, { $project: { _id: 0, catalogVersion: 0 } }],
            total: [{ $count: 'count' }],
          },
        },
      ])
      .toArray();
    return { models: limit === 0 ? [] : (result?.page ?? []), totalCount: result?.total[0]?.count ?? 0 };
  }
}

/** One page of the matching documents (without `_id`, and without the fields `exclude` sets to 0) and how many match, in one aggregate command. */
async function facetPage<T>(
  collection: Collection<Document>,
  match: Filter<Document>,
  sort: Record<string, 1 | -1>,
  offset: number,
  limit: number,
  exclude: Record<string, 0>,
): Promise<PageOf<T>> {
  const [result] = await collection
    .aggregate<{ page: T[]; total: { count: number }[] }>([
      { $match: match },
      {
        $facet: {
          page: [{ $sort: sort }, { $skip: offset }, { $limit: Math.max(limit, 1) }, { $project: { _id: 0, ...exclude } }],
          total: [{ $count: 'count' }],
        },
      },
    ])
    .toArray();
  return { items: limit === 0 ? [] : (result?.page ?? []), totalCount: result?.total[0]?.count ?? 0 };
}
