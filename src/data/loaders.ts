import DataLoader from 'dataloader';
import type { Collection, Document, Filter } from 'mongodb';
import type { BenchmarkResult, Lab, Model, Offering, PriceEvent, Provider } from '../domain/catalog.ts';
import type { ModelScoreRecord, ScoreHistoryRecord } from '../domain/scoring/types.ts';
import type { VersionReader, WholeCatalog } from './version-reader.ts';

/**
 * Per-request loaders: every relation a query touches is batched into one `$in` command per
 * collection, and results come back in key order (null for a missing key, [] for no children).
 */
export interface Loaders {
  /** By canonical id or any alias. */
  modelById: DataLoader<string, Model | null>;
  labById: DataLoader<string, Lab | null>;
  providerById: DataLoader<string, Provider | null>;
  offeringById: DataLoader<string, Offering | null>;
  offeringsByModelId: DataLoader<string, Offering[]>;
  offeringsByProviderId: DataLoader<string, Offering[]>;
  benchmarkResultsByModelId: DataLoader<string, BenchmarkResult[]>;
  priceEventsByOfferingId: DataLoader<string, PriceEvent[]>;
  scoreByModelId: DataLoader<string, ModelScoreRecord | null>;
  scoreHistoryByModelId: DataLoader<string, ScoreHistoryRecord | null>;
}

type KeyField<T> = Extract<keyof T, string>;
type Batch<V> = (keys: readonly string[]) => Promise<V[]>;

/** Where a loader's value for `key` is kept in the version cache (`name`: the loader's, see uniqueCacheName and groupCacheName). */
const loaderCacheKey = (name: string, key: string) => `${name}:${key}`;

/**
 * A batch function that serves the keys already read for this catalog version from the instance's
 * cache and loads only the others, in one command.
 */
function throughVersionCache<V>(reader: VersionReader, name: string, load: Batch<V>): Batch<V> {
  return async (keys) => {
    const version = await reader.version();
    const cacheKey = (key: string) => loaderCacheKey(name, key);
    const loaded = new Map<string, V>();
    const missing = keys.filter((key) => reader.cache.get(version, cacheKey(key)) === undefined);
    if (missing.length > 0) {
      const values = await load(missing);
      missing.forEach((key, index) => {
        loaded.set(key, values[index]!);
        reader.cache.set(version, cacheKey(key), values[index]);
      });
    }
    return keys.map((key) => (loaded.has(key) ? loaded.get(key)! : reader.cache.get<V>(version, cacheKey(key))!));
  };
}

/** The name under which a unique loader's documents are kept in the version cache. */
const uniqueCacheName = (collectionName: string, keyFields: readonly string[]) => `${collectionName}:${keyFields.join('|')}`;
/** The name under which a group loader's lists are kept in the version cache. */
const groupCacheName = (collectionName: string, keyField: string) => `${collectionName}:${keyField}[]`;

/** Loads documents whose `keyFields` (one value or an array of values each) match the keys. */
function uniqueLoader<T extends Document>(reader: VersionReader, collection: Collection<T>, keyFields: KeyField<T>[]) {
  return new DataLoader<string, T | null>(
    throughVersionCache(reader, uniqueCacheName(collection.collectionName, keyFields), async (keys) => {
      const filter = keyFields.length === 1 ? { [keyFields[0]!]: { $in: keys } } : { $or: keyFields.map((field) => ({ [field]: { $in: keys } })) };
      const documents = await reader.find(collection, filter as Filter<T>);
      const byKey = new Map<string, T>();
      // Field by field, so a canonical id is never shadowed by another model's alias.
      for (const field of keyFields) {
        for (const document of documents) {
          for (const value of [document[field]].flat() as string[]) if (!byKey.has(value)) byKey.set(value, document);
        }
      }
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  );
}

/** Loads the documents whose `keyField` equals each key, grouped by key, in `sort` order. */
function groupLoader<T extends Document>(reader: VersionReader, collection: Collection<T>, keyField: KeyField<T>, sort: Record<string, 1 | -1>) {
  return new DataLoader<string, T[]>(
    throughVersionCache(reader, groupCacheName(collection.collectionName, keyField), async (keys) => {
      const documents = await reader.find(collection, { [keyField]: { $in: keys } } as Filter<T>, sort);
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const document of documents) groups.get(document[keyField] as string)?.push(document);
      return keys.map((key) => groups.get(key)!);
    }),
  );
}

const MODEL_KEY_FIELDS: KeyField<Model>[] = ['id', 'aliases'];

/**
 * Files what a version's whole catalog holds under the keys the loaders look up: each model by its
 * canonical id, its offerings and its score record. Done once per version, when the whole catalog is
 * read, so that the answers built from it (leaderboards, recommendations, frontiers, score sorts)
 * resolve their models' fields with no command and nothing to prime per request: priming the 444
 * models of a text leaderboard page was a promise per model and loader on every request.
 */
export function cacheForLoaders(reader: VersionReader, version: number, catalog: WholeCatalog): void {
  const { cache, collections } = reader;
  const models = uniqueCacheName(collections.models.collectionName, MODEL_KEY_FIELDS);
  const offerings = groupCacheName(collections.offerings.collectionName, 'modelId');
  const scores = uniqueCacheName(collections.modelScores.collectionName, ['id']);
  for (const model of catalog.models) {
    cache.set(version, loaderCacheKey(models, model.id), model);
    cache.set(version, loaderCacheKey(offerings, model.id), catalog.offeringsByModelId.get(model.id) ?? []);
    cache.set(version, loaderCacheKey(scores, model.id), catalog.scoresByModelId.get(model.id) ?? null);
  }
}

export function createLoaders(reader: VersionReader): Loaders {
  const { collections } = reader;
  return {
    modelById: uniqueLoader(reader, collections.models, MODEL_KEY_FIELDS),
    labById: uniqueLoader(reader, collections.labs, ['id']),
    providerById: uniqueLoader(reader, collections.providers, ['id']),
    offeringById: uniqueLoader(reader, collections.offerings, ['id']),
    offeringsByModelId: groupLoader(reader, collections.offerings, 'modelId', { providerId: 1, id: 1 }),
    offeringsByProviderId: groupLoader(reader, collections.offerings, 'providerId', { id: 1 }),
    benchmarkResultsByModelId: groupLoader(reader, collections.benchmarkResults, 'modelId', { benchmarkId: 1, date: -1 }),
    priceEventsByOfferingId: groupLoader(reader, collections.priceEvents, 'offeringId', { date: 1, id: 1 }),
    scoreByModelId: uniqueLoader(reader, collections.modelScores, ['id']),
    scoreHistoryByModelId: uniqueLoader(reader, collections.scoreHistory, ['id']),
  };
}
