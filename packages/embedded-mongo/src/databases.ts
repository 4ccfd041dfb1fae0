/** All databases and their namespaces (collections and views), and the replay of journal records into them. */
import type { Document } from 'bson';
import { Collation } from './collation.ts';
import { Collection, type RecordSink } from './collection.ts';
import { invalidNamespace, MongoCommandError } from './errors.ts';
import { validateIndexSpec } from './indexes.ts';
import { type LogRecord, Op } from './storage/records.ts';
import { MAX_VIEW_DEPTH, View, viewNotCollection } from './views.ts';

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

/** What reading a view comes down to: the collection at the bottom of its chain and the pipeline to run over it. */
export interface ResolvedView {
  source: Collection | undefined;
  pipeline: Document[];
}

/** Collections `$out` builds before swapping them in; one left by a crash is dropped on start. */
export const OUT_TEMP_PREFIX = 'tmp.agg_out.';

export class Databases {
  readonly byName = new Map<string, Map<string, Collection | View>>();
  /** Where mutations report their journal records; a no-op while replaying. */
  sink: RecordSink = () => undefined;

  namespace(db: string, name: string): Collection | View | undefined {
    return this.byName.get(db)?.get(name);
  }

  collection(db: string, name: string): Collection | undefined {
    const found = this.namespace(db, name);
    return found instanceof Collection ? found : undefined;
  }

  view(db: string, name: string): View | undefined {
    const found = this.namespace(db, name);
    return found instanceof View ? found : undefined;
  }

  #set(db: string, name: string, value: Collection | View): void {
    let names = this.byName.get(db);
    if (!names) {
      names = new Map();
      this.byName.set(db, names);
    }
    names.set(name, value);
  }

  #unset(db: string, name: string): void {
    const names = this.byName.get(db);
    names?.delete(name);
    if (names?.size === 0) this.byName.delete(db);
  }

  #add(db: string, name: string, options: Document): Collection | View {
    const created = options.viewOn !== undefined ? new View(db, name, options) : new Collection(db, name, options, (r) => this.sink(r));
    this.#set(db, name, created);
    return created;
  }

  /** The collection, created implicitly (as a write to a new collection does in MongoDB); a view cannot be written. */
  ensureCollection(db: string, name: string): Collection {
    const found = this.namespace(db, name) ?? this.createCollection(db, name, {});
    if (found instanceof View) throw viewNotCollection(found.ns);
    return found;
  }

  /** Creates a collection, or a view when the options have `viewOn` (checked by the caller, see views.ts). */
  createCollection(db: string, name: string, options: Document): Collection | View {
    validateCollectionName(name);
    if (this.namespace(db, name)) throw new MongoCommandError(48, 'NamespaceExists', `Collection ${db}.${name} already exists.`);
    const created = this.#add(db, name, options);
    if (created instanceof View) this.#assertResolvable(created);
    this.sink({ op: Op.CreateCollection, ns: created.ns, options });
    return created;
  }

  /** A view's new definition (collMod): it must still resolve, without a cycle. */
  redefineView(view: View, options: Document): View {
    const redefined = new View(view.db, view.name, options);
    this.#set(view.db, view.name, redefined);
    try {
      this.#assertResolvable(redefined);
    } catch (err) {
      this.#set(view.db, view.name, view);
      throw err;
    }
    this.sink({ op: Op.SetOptions, ns: view.ns, options });
    return redefined;
  }

  #assertResolvable(view: View): void {
    const source = this.namespace(view.db, view.viewOn);
    if (source instanceof View && !Collation.same(source.collation, view.collation)) {
      throw new MongoCommandError(167, 'OptionNotSupportedOnView', `View ${view.ns} has conflicting collation with view ${source.ns}`);
    }
    const seen = [view.ns];
    for (let next = this.namespace(view.db, view.viewOn); next instanceof View; next = this.namespace(view.db, next.viewOn)) {
      if (seen.includes(next.ns)) throw new MongoCommandError(5, 'GraphContainsCycle', `View cycle detected: [${[...seen, next.ns].join(' -> ')}]`);
      seen.push(next.ns);
      if (seen.length > MAX_VIEW_DEPTH) {
        throw new MongoCommandError(165, 'ViewDepthLimitExceeded', `View depth too deep or view cycle detected; maximum depth is ${MAX_VIEW_DEPTH}`);
      }
    }
  }

  /** The collection a view reads and the pipelines of its chain, the bottom view's first. */
  resolveView(view: View): ResolvedView {
    const pipeline: Document[] = [...view.pipeline];
    let next = this.namespace(view.db, view.viewOn);
    while (next instanceof View) {
      pipeline.unshift(...next.pipeline);
      next = this.namespace(view.db, next.viewOn);
    }
    return { source: next, pipeline };
  }

  dropCollection(db: string, name: string): Collection | View | undefined {
    const found = this.namespace(db, name);
    if (!found) return undefined;
    this.#unset(db, name);
    this.sink({ op: Op.DropCollection, ns: found.ns });
    return found;
  }

  /** Moves a collection to another name (of any database), replacing what was there: how $out swaps its result in. */
  renameCollection(coll: Collection, db: string, name: string): void {
    const from = coll.ns;
    this.#rename(coll, db, name);
    this.sink({ op: Op.RenameCollection, ns: from, to: coll.ns });
  }

  #rename(coll: Collection, db: string, name: string): void {
    this.#unset(coll.db, coll.name);
    coll.renameTo(db, name);
    this.#set(db, name, coll);
  }

  dropDatabase(db: string): void {
    if (!this.byName.delete(db)) return;
    this.sink({ op: Op.DropDatabase, db });
  }

  /** Drops what an interrupted $out left behind; runs once the journal is replayed and writes are logged. */
  dropLeftovers(): void {
    for (const [db, names] of this.byName) {
      for (const name of [...names.keys()]) if (name.startsWith(OUT_TEMP_PREFIX)) this.dropCollection(db, name);
    }
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
        if (!this.namespace(db, name)) this.#add(db, name, r.options);
        return;
      case Op.DropCollection:
        this.#unset(db, name);
        return;
      case Op.SetOptions: {
        const found = this.namespace(db, name);
        if (found instanceof View) this.#set(db, name, new View(db, name, r.options));
        else found?.applyOptions(r.options);
        return;
      }
      case Op.RenameCollection: {
        const found = this.collection(db, name);
        const [toDb, toName] = splitNs(r.to);
        if (found) this.#rename(found, toDb, toName);
        return;
      }
    }
    const found = this.namespace(db, name) ?? this.#add(db, name, {});
    if (found instanceof View) return;
    switch (r.op) {
      case Op.Put:
        found.put(r.raw);
        return;
      case Op.Delete:
        found.remove(r.id);
        return;
      case Op.CreateIndex:
        if (!found.indexes.has(r.spec.name)) found.addIndex(validateIndexSpec(r.spec), false);
        return;
      case Op.DropIndex:
        found.applyDropIndex(r.name);
        return;
    }
  }

  /**
   * The whole state as encoded records, for a snapshot. The records are taken now (stored
   * documents are never changed in place, so this holds references, not copies) and encoded as
   * the snapshot is written, while later writes change the state.
   */
  snapshot(): LogRecord[] {
    const records: LogRecord[] = [];
    for (const names of this.byName.values()) {
      for (const found of names.values()) for (const r of found.records()) records.push(r);
    }
    return records;
  }
}
