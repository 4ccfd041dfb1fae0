/**
 * The accepted records of every source, as the catalog is built from them. An import replaces the
 * records of the files it brings and keeps the rest, so the whole catalog can be rebuilt from all
 * sources at once (identity resolution always sees every model, whatever was imported last).
 */
import type { IsoDate } from '../domain/catalog.ts';
import { canonicalJson } from '../domain/util/canonical-json.ts';
import { byKey } from '../domain/util/sorting.ts';
import type { ParsedSourceFile, SourceKind } from './formats/source-file.ts';

export interface StoredRecord {
  key: string;
  /** When this record's current content was first observed; kept while the content is unchanged. */
  observedAt: IsoDate;
  value: unknown;
}

export type SourceSet = Partial<Record<SourceKind, StoredRecord[]>>;

/**
 * A file's records over the previous ones of its kind: unchanged records keep their first observation
 * date, a rejected record keeps its previously accepted value (it is neither updated nor deleted),
 * records missing from the file are gone (a source file is a full snapshot).
 */
export function mergeSourceFile(previous: readonly StoredRecord[] | undefined, file: ParsedSourceFile, observedAt: IsoDate): StoredRecord[] {
  const before = new Map((previous ?? []).map((record) => [record.key, record]));
  const merged: StoredRecord[] = [];
  const accepted = new Set(file.records.map((record) => record.key));
  for (const record of file.records) {
    const old = before.get(record.key);
    merged.push(old && canonicalJson(old.value) === canonicalJson(record.value) ? old : { key: record.key, observedAt, value: record.value });
  }
  for (const rejection of file.rejected) {
    const old = before.get(rejection.key);
    if (old && !accepted.has(rejection.key)) {
      accepted.add(rejection.key);
      merged.push(old);
    }
  }
  // Key order, so the same records are the same snapshot whichever way they arrived.
  return merged.sort(byKey((record) => record.key));
}
