/** All databases and their collections, and the replay of journal records into them. */
import type { Document } from 'bson';
import { Collection, type RecordSink } from './collection.ts';
import { invalidNamespace, MongoCommandError } from './errors.ts';
import { validateIndexSpec } from './indexes.ts';
import { encodeRecord, type LogRecord, Op } from './storage/records.ts';

function splitNs(ns: string): [string, string] {
  const dot = ns.indexOf('.');
  return [ns.slice(0, dot), ns.slice(dot + 1)];
}

export function validateCollectionName(name: unknown): string {
  if (typeof name !== 'string' || name === '' || name.includes('$') || name.includes('\0') || name.startsWith('system.')) {
    throw invalidNamespace(`Invalid collection name: ${String(name)}`);
  }
  return name;
}

export class Databases {
  readonly byName = new Map<string, Map<string, Collection>>();
  /** Where mutations report their journal records; a no-op while replaying. */
  sink: RecordSink = () => undefined;

  collection(db: string, name: string): Collection | undefined {
    return this.byName.get(db)?.get(name);
  }

  #add(db: string, name: string, options: Document): Collection {
    let colls = this.byName.get(db);
    if (!colls) {
      colls = new Map();
      this.byName.set(db, colls);
    }
    const coll = new Collection(db, name, options, (r) => this.sink(r));
    colls.set(name, coll);
    return coll;
  }

  /** The collection, created implicitly (as a write to a new collection does in MongoDB). */
  ensureCollection(db: string, name: string): Collection {
    return this.collection(db, name) ?? this.createCollection(db, name, {});
  }

  createCollection(db: string, name: string, options: Document): Collection {
    validateCollectionName(name);
    if (this.collection(db, name)) throw new MongoCommandError(48, 'NamespaceExists', `Collection ${db}.${name} already exists.`);
    const coll = this.#add(db, name, options);
    this.sink({ op: Op.CreateCollection, ns: coll.ns, options });
    return coll;
  }

  dropCollection(db: string, name: string): Collection | undefined {
    const coll = this.collection(db, name);
    if (!coll) return undefined;
    this.byName.get(db)!.delete(name);
    if (this.byName.get(db)!.size === 0) this.byName.delete(db);
    this.sink({ op: Op.DropCollection, ns: coll.ns });
    return coll;
  }

  dropDatabase(db: string): void {
    if (!this.byName.delete(db)) return;
    this.sink({ op: Op.DropDatabase, db });
  }

  /** Replays one journal/snapshot record; tolerant of records that were already applied. */
  apply(r: LogRecord): void {
    if (r.op === Op.DropDatabase) {
      this.byName.delete(r.db);
      return;
    }
    const [db, name] = splitNs(r.ns);
    switch (r.op) {
      case Op.CreateCollection:
        if (!this.collection(db, name)) this.#add(db, name, r.options);
        return;
      case Op.DropCollection:
        this.byName.get(db)?.delete(name);
        if (this.byName.get(db)?.size === 0) this.byName.delete(db);
        return;
    }
    const coll = this.collection(db, name) ?? this.#add(db, name, {});
    switch (r.op) {
      case Op.Put:
        coll.put({ doc: r.doc, raw: r.raw });
        return;
      case Op.Delete:
        coll.remove(r.id);
        return;
      case Op.CreateIndex:
        if (!coll.indexes.has(r.spec.name)) coll.addIndex(validateIndexSpec(r.spec), false);
        return;
      case Op.DropIndex:
        coll.indexes.delete(r.name);
        return;
    }
  }

  /** The whole state as encoded records, for a snapshot. */
  snapshot(): Buffer[] {
    const out: Buffer[] = [];
    for (const colls of this.byName.values()) {
      for (const coll of colls.values()) for (const r of coll.records()) out.push(encodeRecord(r));
    }
    return out;
  }
}
