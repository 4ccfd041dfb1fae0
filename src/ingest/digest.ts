/**
 * A catalog version's fingerprint: a hash of every document by collection and id, and the price
 * events earlier imports generated (they come from no source file, so each version carries them on).
 * The next import diffs against it instead of reading the whole catalog back. It is stored with the
 * version's source snapshots, under its own kind.
 */
import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import { readSourceSnapshots } from '../data/catalog-versions/read.ts';
import type { SourceSnapshot } from '../data/catalog-versions/write.ts';
import { CATALOG_CONTENT_COLLECTIONS, type CatalogContent, type PriceEvent } from '../domain/catalog.ts';
import { canonicalJson } from '../domain/util/canonical-json.ts';
import type { SourceKind } from './formats/source-file.ts';
import type { SourceSet, StoredRecord } from './sources.ts';

export interface CatalogDigest {
  hashes: Record<keyof CatalogContent, Record<string, string>>;
  importPriceEvents: PriceEvent[];
}

const DIGEST_KIND = '@digest';

export function documentHash(doc: unknown): string {
  return createHash('sha1').update(canonicalJson(doc)).digest('base64');
}

export function digestOf(content: CatalogContent, importPriceEvents: PriceEvent[]): CatalogDigest {
  const hashes = Object.fromEntries(
    CATALOG_CONTENT_COLLECTIONS.map((name) => [name, Object.fromEntries((content[name] as { id: string }[]).map((doc) => [doc.id, documentHash(doc)]))]),
  ) as CatalogDigest['hashes'];
  return { hashes, importPriceEvents };
}

const emptyDigest = (): CatalogDigest => ({
  hashes: Object.fromEntries(CATALOG_CONTENT_COLLECTIONS.map((name) => [name, {}])) as CatalogDigest['hashes'],
  importPriceEvents: [],
});

/** A version's sources and digest, as the previous import stored them (empty for version 0). */
export async function readSources(db: Db, version: number): Promise<{ sources: SourceSet; digest: CatalogDigest }> {
  const sources: SourceSet = {};
  let digest = emptyDigest();
  for (const [kind, records] of await readSourceSnapshots(db, version)) {
    if (kind === DIGEST_KIND) digest = records as CatalogDigest;
    else sources[kind as SourceKind] = records as StoredRecord[];
  }
  return { sources, digest };
}

/** What a new version stores besides its content: every source kind's records, and its digest. */
export function sourceSnapshots(sources: SourceSet, digest: CatalogDigest): SourceSnapshot[] {
  return [...Object.entries(sources).map(([kind, records]) => ({ kind, records })), { kind: DIGEST_KIND, records: digest }];
}
