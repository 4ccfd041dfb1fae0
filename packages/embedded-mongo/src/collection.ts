/**
 * One collection in memory: documents (as BSON bytes, see stored-doc.ts) by canonical `_id` key
 * (Map order is the natural order), secondary indexes, and the mutations that keep both consistent
 * and report what to journal.
 */
import { BSON, type Document } from 'bson';
import { holdsString, keyOf } from './bson-order.ts';
import { type CollatedStrings, Collation } from './collation.ts';
import { MongoCommandError } from './errors.ts';
import { FieldSelection } from './field-selection.ts';
import { fieldsOfFilter } from './fields-read.ts';
import { duplicateKeyError, Index, type IndexSpec, validateIndexSpec } from './indexes.ts';
import { isOperatorObject } from './operators.ts';
import { compileFilter, type Evaluation } from './query.ts';
import { bufferOver } from './raw-bson.ts';
import { Slabs } from './slabs.ts';
import { type LogRecord, Op } from './storage/records.ts';
import type { Found, StoredDoc } from './stored-doc.ts';
import { DocumentValidation } from './validation.ts';
import { MAX_BSON_SIZE } from './wire.ts';

export const ID_INDEX_NAME = '_id_';
const ID_INDEX = { name: ID_INDEX_NAME, fields: ['_id'] };

export type RecordSink = (r: LogRecord) => void;

/** The values a filter condition pins a field to, if it is an equality or `$in` of plain values. */
function equalityValues(cond: unknown): unknown[] | undefined {
  if (Array.isArray(cond) || cond instanceof RegExp) return undefined;
  if (!isOperatorObject(cond)) return [cond];
  const ops = Object.keys(cond);
  if (ops.length !== 1) return undefined;
  if ('$eq' in cond) return equalityValues(cond.$eq);
  if ('$in' in cond && Array.isArray(cond.$in)) {
    for (const v of cond.$in) if (Array.isArray(v) || v instanceof RegExp || isOperatorObject(v)) return undefined;
    return cond.$in;
  }
  return undefined;
}

const ID_FIELD = FieldSelection.of(['_id']);

export class Collection {
  readonly docs = new Map<string, StoredDoc>();
  /** Where the documents' bytes are kept (see slabs.ts). */
  readonly #slabs = new Slabs();
  readonly #indexes = new Map<string, Index>();
  /** The fields of a stored document that its `_id` key and its index keys are made of. */
  #keyFields = ID_FIELD;
  #db: string;
  #name: string;
  #options: Document;
  #validation: DocumentValidation | undefined;
  /** The collection's default collation: for operations that name none, its indexes, and its `_id` index. */
  readonly collation: Collation | undefined;
  /** How `_id` strings are keyed in `docs`: by the collection's collation, if it has one. */
  readonly #idStrings: CollatedStrings | undefined;

  constructor(
    db: string,
    name: string,
    options: Document,
    private readonly sink: RecordSink,
  ) {
    this.#db = db;
    this.#name = name;
    this.#options = options;
    this.#validation = DocumentValidation.of(options);
    this.collation = Collation.parse(options.collation);
    this.#idStrings = this.collation?.strings();
  }

  get db(): string {
    return this.#db;
  }

  get name(): string {
    return this.#name;
  }

  get ns(): string {
    return `${this.#db}.${this.#name}`;
  }

  get options(): Document {
    return this.#options;
  }

  /** New options (collMod: validator, validationLevel, validationAction); the collation never changes. */
  setOptions(options: Document): void {
    this.applyOptions(options);
    this.sink({ op: Op.SetOptions, ns: this.ns, options });
  }

  /** Replays new options without journaling them. */
  applyOptions(options: Document): void {
    this.#validation = DocumentValidation.of(options);
    this.#options = options;
  }

  /** Only Databases renames, keeping its name table in step. */
  renameTo(db: string, name: string): void {
    this.#db = db;
    this.#name = name;
  }

  get indexes(): ReadonlyMap<string, Index> {
    return this.#indexes;
  }

  idSpec(): IndexSpec {
    return { v: 2, key: { _id: 1 }, name: ID_INDEX_NAME, ...(this.collation ? { collation: { ...this.collation.spec } } : {}) };
  }

  /** The key of a stored document's `_id` in `docs`. */
  #idKey(id: unknown): string {
    return keyOf(id, this.#idStrings?.keyOf);
  }

  /** The key an `_id` is looked up by; one no document holds finds nothing. */
  #idLookupKey(id: unknown): string {
    return keyOf(id, this.#idStrings?.knownKeyOf);
  }

  /** Stores a document's bytes without checks: for replay. */
  put(bytes: Uint8Array): void {
    const keyed = this.#keyFields.read(bytes as Buffer);
    this.#store(bytes, keyed, this.#idKey(keyed._id));
  }

  /**
   * Stores a copy of `bytes` under `id`, indexed by `keyed` (the document, or at least its key
   * fields), in place of the version there; returns the stored copy, the document's identity from now on.
   */
  #store(bytes: Uint8Array, keyed: Document, id: string): StoredDoc {
    const previous = this.docs.get(id);
    if (previous) this.#unindex(previous, id);
    const stored = this.#slabs.keep(bytes);
    this.docs.set(id, stored);
    for (const index of this.#indexes.values()) index.add(keyed, id);
    return stored;
  }

  #unindex(stored: StoredDoc, id: string): void {
    if (this.#indexes.size === 0) return;
    const keyed = this.#keyFields.read(stored);
    for (const index of this.#indexes.values()) index.remove(keyed, id);
  }

  /** Removes the document with this `_id`, if any: for replay. */
  remove(idValue: unknown): void {
    this.#removeKey(this.#idLookupKey(idValue));
  }

  #removeKey(id: string): void {
    const previous = this.docs.get(id);
    if (!previous) return;
    this.#unindex(previous, id);
    this.docs.delete(id);
  }

  #checkUnique(doc: Document, id: string): void {
    for (const index of this.#indexes.values()) index.checkUnique(doc, id, this.ns);
  }

  /** Inserts a document (as validated and stored bytes), unless it fails validation or a unique index; returns the stored copy. */
  insert(doc: Document, raw: Buffer, bypassValidation = false): StoredDoc {
    if (!bypassValidation) this.#validation?.check(doc, raw);
    const id = this.#idKey(doc._id);
    if (this.docs.has(id)) throw duplicateKeyError(this.ns, ID_INDEX, doc);
    this.#checkUnique(doc, id);
    const stored = this.#store(raw, doc, id);
    this.sink({ op: Op.Put, ns: this.ns, raw: stored });
    return stored;
  }

  /** Replaces a stored document by a new version with the same _id; returns the new version. */
  replace(previous: StoredDoc, doc: Document, bypassValidation = false): StoredDoc {
    const id = this.#idKey(doc._id);
    // `previous` is stored under its own _id's key: another document, or none, there means the _id changed.
    if (this.docs.get(id) !== previous) {
      throw new MongoCommandError(66, 'ImmutableField', `Performing an update on the path '_id' would modify the immutable field '_id'`);
    }
    this.#checkUnique(doc, id);
    // Not copied: #store keeps a copy (slabs.ts).
    const raw = bufferOver(BSON.serialize(doc));
    if (raw.length > MAX_BSON_SIZE) {
      throw new MongoCommandError(17419, 'Location17419', `Resulting document after update is larger than ${MAX_BSON_SIZE}`);
    }
    if (!bypassValidation) this.#validation?.check(doc, raw, previous);
    // Indexed as stored: the bytes decode to other JS values than `doc` holds (an integral double as an int).
    const stored = this.#store(raw, this.#keyFields.read(raw), id);
    this.sink({ op: Op.Put, ns: this.ns, raw: stored });
    return stored;
  }

  delete(stored: StoredDoc): void {
    const { _id } = ID_FIELD.read(stored);
    this.#removeKey(this.#idKey(_id));
    this.sink({ op: Op.Delete, ns: this.ns, id: _id });
  }

  /** Builds an index over the current documents; fails with E11000 if a unique one cannot hold. */
  addIndex(spec: IndexSpec, enforceUnique: boolean): Index {
    const index = new Index(spec);
    for (const [id, stored] of this.docs) {
      const keyed = index.reads.read(stored);
      if (enforceUnique) index.checkUnique(keyed, id, this.ns);
      index.add(keyed, id);
    }
    this.#indexes.set(spec.name, index);
    this.#keyFields = this.#keyFields.union(index.reads);
    return index;
  }

  /** Forgets an index without journaling it: for replay. */
  applyDropIndex(name: string): void {
    this.#indexes.delete(name);
    this.#keyFields = [...this.#indexes.values()].reduce((fields, index) => fields.union(index.reads), ID_FIELD);
  }

  createIndex(raw: Document): 'created' | 'exists' {
    const spec = validateIndexSpec(raw, this.collation);
    if (spec.name === ID_INDEX_NAME) return 'exists';
    const sameKey = (index: Index) => JSON.stringify(index.spec.key) === JSON.stringify(spec.key);
    const sameCollation = (index: Index) => JSON.stringify(index.spec.collation) === JSON.stringify(spec.collation);
    const existing = this.indexes.get(spec.name);
    if (existing) {
      if (sameKey(existing) && sameCollation(existing) && !!existing.spec.unique === !!spec.unique) return 'exists';
      throw new MongoCommandError(86, 'IndexKeySpecsConflict', `An existing index has the same name as the requested index: ${spec.name}`);
    }
    // Indexes on the same key may differ by collation (under different names), not by other options.
    for (const index of this.indexes.values()) {
      if (sameKey(index) && sameCollation(index)) {
        if (!!index.spec.unique === !!spec.unique) return 'exists';
        throw new MongoCommandError(85, 'IndexOptionsConflict', `An existing index has the same key pattern with different options: ${index.name}`);
      }
    }
    this.addIndex(spec, true);
    this.sink({ op: Op.CreateIndex, ns: this.ns, spec });
    return 'created';
  }

  dropIndex(name: string): void {
    this.applyDropIndex(name);
    this.sink({ op: Op.DropIndex, ns: this.ns, name });
  }

  /**
   * Documents that may match: looked up by `_id` or an index when the filter pins indexed fields
   * to values (the filter must still be applied to them), otherwise every document. An `$or` whose
   * every branch is answered by an index is answered by the union of its branches. An index with
   * another collation than the query's answers only for values without strings.
   */
  #candidates(filter: Document | undefined, collation: Collation | undefined): Iterable<StoredDoc> {
    if (!filter) return this.docs.values();
    return this.#indexed(filter, collation) ?? this.docs.values();
  }

  /** The smallest index-backed candidate set for a filter, or undefined when no index applies. */
  #indexed(filter: Document, collation: Collation | undefined): StoredDoc[] | undefined {
    const pinned = new Map<string, unknown[]>();
    for (const [path, cond] of Object.entries(filter)) {
      if (path.startsWith('$')) continue;
      const values = equalityValues(cond);
      if (values) pinned.set(path, values);
    }
    let best: StoredDoc[] | undefined;
    const consider = (found: StoredDoc[] | undefined) => {
      if (found && (!best || found.length < best.length)) best = found;
    };
    const ids = pinned.get('_id');
    if (ids) consider(this.#byIds(ids, collation));
    for (const index of this.#indexes.values()) consider(this.#byIndex(index, pinned, collation));
    if (Array.isArray(filter.$or) && filter.$or.length > 0) {
      const shared = Object.fromEntries(Object.entries(filter).filter(([path]) => !path.startsWith('$')));
      const branches = (filter.$or as Document[]).map((branch) => this.#indexed({ ...shared, ...branch }, collation));
      if (branches.every((branch) => branch !== undefined)) consider([...new Set(branches.flat())]);
    }
    return best;
  }

  /**
   * A compound index answers a filter that pins all its fields (the product of the pinned values);
   * any index answers one that pins its leading field.
   */
  #byIndex(index: Index, pinned: ReadonlyMap<string, unknown[]>, collation: Collation | undefined): StoredDoc[] | undefined {
    const usable = (field: string) => pinned.has(field) && index.comparesLike(collation, pinned.get(field)!);
    const found = new Set<string>();
    if (index.fields.length > 1 && index.holdsEveryDocument && index.fields.every(usable)) {
      let keys = [''];
      for (const field of index.fields) {
        const parts = pinned.get(field)!.map((v) => index.lookupKey(v));
        keys = keys.flatMap((prefix) => parts.map((key) => (prefix ? `${prefix}\u0000${key}` : key)));
      }
      for (const key of keys) for (const id of index.lookupCompound(key)) found.add(id);
    } else if (index.answersEquality(index.fields[0]!) && usable(index.fields[0]!)) {
      for (const value of pinned.get(index.fields[0]!)!) for (const id of index.lookup(index.lookupKey(value))) found.add(id);
    } else {
      return undefined;
    }
    return [...found].map((id) => this.docs.get(id)!);
  }

  /**
   * Documents matching a filter, in natural order (or the index's), each with the fields `reading`
   * selects decoded. The filter is tested on only the fields it reads.
   */
  find(filter: Document | undefined, limit = Infinity, evaluation?: Evaluation, reading = FieldSelection.none): Found[] {
    const collation = evaluation?.collation;
    const byIdOnly = this.#idLookup(filter, collation);
    if (byIdOnly) return byIdOnly.slice(0, limit).map((stored) => ({ stored, fields: reading.read(stored) }));
    const matches = compileFilter(filter, evaluation);
    const tested = fieldsOfFilter(filter);
    const decoded = tested.union(reading);
    // A reader of whole documents gets them decoded only for the candidates that match, when the
    // filter can be tested on fewer fields: a selective filter then skips most of the decoding.
    const testFirst = decoded.isWhole && !tested.isWhole && !tested.isEmpty;
    const out: Found[] = [];
    for (const stored of this.#candidates(filter, collation)) {
      if (out.length >= limit) break;
      if (testFirst) {
        if (matches(tested.read(stored))) out.push({ stored, fields: decoded.read(stored) });
        continue;
      }
      const fields = decoded.read(stored);
      if (matches(fields)) out.push({ stored, fields });
    }
    return out;
  }

  /**
   * `{ _id: v }` or `{ _id: { $in: [...] } }` alone is answered by the _id table without evaluating
   * the filter: canonical keys compare exactly as MongoDB compares _id values.
   */
  #idLookup(filter: Document | undefined, collation: Collation | undefined): StoredDoc[] | undefined {
    if (!filter) return undefined;
    const fields = Object.keys(filter);
    if (fields.length !== 1 || fields[0] !== '_id') return undefined;
    const values = equalityValues(filter._id);
    return values && this.#byIds(values, collation);
  }

  /** Documents by `_id` values, or undefined when the `_id` table's collation cannot answer for them. */
  #byIds(values: unknown[], collation: Collation | undefined): StoredDoc[] | undefined {
    if (!Collation.same(this.collation, collation) && values.some(holdsString)) return undefined;
    const found: StoredDoc[] = [];
    for (const key of new Set(values.map((v) => this.#idLookupKey(v)))) {
      const d = this.docs.get(key);
      if (d) found.push(d);
    }
    return found;
  }

  /** Records that recreate this collection, for a snapshot. */
  *records(): Generator<LogRecord> {
    yield { op: Op.CreateCollection, ns: this.ns, options: this.options };
    for (const index of this.#indexes.values()) yield { op: Op.CreateIndex, ns: this.ns, spec: index.spec };
    for (const raw of this.docs.values()) yield { op: Op.Put, ns: this.ns, raw };
  }
}
