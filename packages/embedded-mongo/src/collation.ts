/**
 * Collations: MongoDB's locale-aware string comparison for an operation, an index, a collection
 * or a view. MongoDB's collation is ICU, and so is Node's Intl.Collator, which does the comparing;
 * `strength` maps to Intl's sensitivity (1 base letters, 2 + accents, 3 + case, the default).
 * Without a collation (or with `{ locale: "simple" }`) strings compare by their bytes, and the
 * store keeps its exact, faster paths.
 */
import type { Document } from 'bson';
import { badValue, MongoCommandError, typeMismatch } from './errors.ts';

/** A collation document as MongoDB reports it (listIndexes, listCollections): every field present. */
export interface CollationSpec {
  locale: string;
  caseLevel: boolean;
  caseFirst: 'upper' | 'lower' | 'off';
  strength: 1 | 2 | 3 | 4 | 5;
  numericOrdering: boolean;
  alternate: 'non-ignorable' | 'shifted';
  maxVariable: 'punct' | 'space';
  normalization: boolean;
  backwards: boolean;
  version: string;
}

/** The ICU version MongoDB 7.0 reports in collation specs; a spec naming another is refused, as mongod does. */
const COLLATION_VERSION = '57.1';

const FIELDS = new Set([
  'locale',
  'caseLevel',
  'caseFirst',
  'strength',
  'numericOrdering',
  'alternate',
  'maxVariable',
  'normalization',
  'backwards',
  'version',
]);

/** MongoDB's `@collation=` keywords and the BCP 47 `-u-co-` values Intl knows them by. */
const COLLATION_KEYWORDS: Record<string, string> = {
  phonebook: 'phonebk',
  traditional: 'trad',
  dictionary: 'dict',
  gb2312han: 'gb2312',
  pinyin: 'pinyin',
  stroke: 'stroke',
  zhuyin: 'zhuyin',
  unihan: 'unihan',
  big5han: 'big5han',
  search: 'search',
  standard: 'standard',
  eor: 'eor',
  compat: 'compat',
  emoji: 'emoji',
};

/** An ICU locale id as MongoDB accepts it (`en`, `en_US`, `zh_Hant`, `de@collation=phonebook`) as a BCP 47 tag, or undefined. */
function toLanguageTag(locale: string): string | undefined {
  const match = /^([a-z]{2,3})((?:_[A-Za-z0-9]{2,8})*)(?:@collation=([a-z0-9]+))?$/.exec(locale);
  if (!match) return undefined;
  const [, language, subtags, keyword] = match;
  const extension = keyword === undefined ? '' : COLLATION_KEYWORDS[keyword];
  if (extension === undefined) return undefined;
  const tag = `${language}${subtags!.replaceAll('_', '-')}${extension ? `-u-co-${extension}` : ''}`;
  try {
    return Intl.Collator.supportedLocalesOf(tag).length > 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}

function field<T>(raw: Document, name: string, type: 'boolean' | 'string', fallback: T): T {
  const value = raw[name];
  if (value === undefined) return fallback;
  if (typeof value !== type)
    throw typeMismatch(`BSON field 'collation.${name}' is the wrong type '${typeof value}', expected type '${type === 'boolean' ? 'bool' : type}'`);
  return value as T;
}

function oneOf<T extends string>(raw: Document, name: string, allowed: readonly T[], fallback: T): T {
  const value = field<string>(raw, name, 'string', fallback);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new MongoCommandError(9, 'FailedToParse', `Field '${name}' must be ${allowed.map((a) => `'${a}'`).join(' or ')}. Got: ${value}`);
  }
  return value as T;
}

function strengthOf(raw: Document): CollationSpec['strength'] {
  const value = raw.strength;
  if (value === undefined) return 3;
  const n = Number(value);
  if (typeof value === 'string' || typeof value === 'boolean' || !Number.isFinite(n)) {
    throw typeMismatch(`BSON field 'collation.strength' is the wrong type '${typeof value}', expected types '[long, int, decimal, double]'`);
  }
  if (![1, 2, 3, 4, 5].includes(n)) throw new MongoCommandError(9, 'FailedToParse', `Field 'strength' must be an integer 1 through 5. Got: ${n}`);
  return n as CollationSpec['strength'];
}

/** Intl's sensitivity for a strength: what differences make two strings unequal. */
function sensitivityOf({ strength, caseLevel }: CollationSpec): Intl.CollatorOptions['sensitivity'] {
  if (strength === 1) return caseLevel ? 'case' : 'base';
  if (strength === 2 && !caseLevel) return 'accent';
  return 'variant';
}

/** A string known by the first of its equals that was seen (its group's representative). */
type Representative = string;

/**
 * Strings grouped by a collation's equality, so that equal strings get one canonical key (for
 * hash lookups: an index, `$in`, `distinct`, `$group`). Intl has no sort keys, so the groups'
 * representatives are kept in collation order, in chunks, and found by binary search.
 */
export class CollatedStrings {
  static readonly #CHUNK = 512;
  readonly #compare: (a: string, b: string) => number;
  readonly #chunks: Representative[][] = [[]];

  constructor(compare: (a: string, b: string) => number) {
    this.#compare = compare;
  }

  /** The chunk that holds, or would hold, `s`, and where in it. */
  #locate(s: string): { chunk: Representative[]; at: number; found: boolean } {
    let lo = 0;
    let hi = this.#chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.#chunks[mid]!;
      if (this.#compare(chunk[chunk.length - 1]!, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    const chunk = this.#chunks[lo]!;
    let a = 0;
    let b = chunk.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.#compare(chunk[mid]!, s) < 0) a = mid + 1;
      else b = mid;
    }
    return { chunk, at: a, found: a < chunk.length && this.#compare(chunk[a]!, s) === 0 };
  }

  /** keyOf's key for a string: one per group; a string with no group yet starts one. */
  readonly keyOf = (s: string): string => {
    const { chunk, at, found } = this.#locate(s);
    if (found) return `s${chunk[at]}`;
    chunk.splice(at, 0, s);
    if (chunk.length > CollatedStrings.#CHUNK) {
      const index = this.#chunks.indexOf(chunk);
      this.#chunks.splice(index + 1, 0, chunk.splice(chunk.length >> 1));
    }
    return `s${s}`;
  };

  /** The key of a string's group if it has one; otherwise a key no stored value has (lookups must not add groups). */
  readonly knownKeyOf = (s: string): string => {
    const { chunk, at, found } = this.#locate(s);
    return found ? `s${chunk[at]}` : `S${s}`;
  };
}

export class Collation {
  /** The document MongoDB would show for this collation. */
  readonly spec: Readonly<CollationSpec>;
  /** Equal for collations that compare every pair of strings alike. */
  readonly id: string;
  readonly compare: (a: string, b: string) => number;

  private constructor(spec: CollationSpec, tag: string) {
    this.spec = Object.freeze(spec);
    this.id = JSON.stringify(spec);
    const collator = new Intl.Collator(tag, {
      usage: 'sort',
      sensitivity: sensitivityOf(spec),
      caseFirst: spec.caseFirst === 'off' ? 'false' : spec.caseFirst,
      numeric: spec.numericOrdering,
      ignorePunctuation: spec.alternate === 'shifted',
    });
    // Strength 5 (identical) breaks the remaining ties by code points.
    this.compare = spec.strength === 5 ? (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0) : (a, b) => collator.compare(a, b);
  }

  static readonly #cache = new Map<string, Collation>();

  /**
   * The collation a command, index, collection or view names, validated as mongod validates it;
   * undefined for none and for `{ locale: "simple" }` (binary comparison).
   */
  static parse(raw: unknown): Collation | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'object' || Array.isArray(raw)) throw typeMismatch(`BSON field 'collation' is the wrong type '${typeof raw}', expected type 'object'`);
    const doc = raw as Document;
    for (const name of Object.keys(doc)) {
      if (!FIELDS.has(name)) throw new MongoCommandError(40415, 'Location40415', `BSON field 'collation.${name}' is an unknown field.`);
    }
    if (doc.locale === undefined) throw new MongoCommandError(40414, 'Location40414', "BSON field 'collation.locale' is missing but a required field");
    const locale = field<string>(doc, 'locale', 'string', '');
    if (locale === 'simple') {
      if (Object.keys(doc).length > 1) throw new MongoCommandError(9, 'FailedToParse', 'If locale=simple, no other fields should be present');
      return undefined;
    }
    const cached = Collation.#cache.get(JSON.stringify(doc));
    if (cached) return cached;
    const tag = toLanguageTag(locale);
    if (!tag) throw badValue(`Field 'locale' is invalid in: { locale: "${locale}" }`);
    const version = field<string>(doc, 'version', 'string', COLLATION_VERSION);
    if (version !== COLLATION_VERSION) {
      throw new MongoCommandError(
        161,
        'IncompatibleCollationVersion',
        `Requested collation version ${version} but the only available collator version was ${COLLATION_VERSION}`,
      );
    }
    // Defaults as the locale's collator has them (e.g. caseFirst "upper" for Danish).
    const defaults = new Intl.Collator(tag).resolvedOptions();
    const spec: CollationSpec = {
      locale,
      caseLevel: field(doc, 'caseLevel', 'boolean', false),
      caseFirst: oneOf(
        doc,
        'caseFirst',
        ['upper', 'lower', 'off'],
        defaults.caseFirst === 'upper' || defaults.caseFirst === 'lower' ? defaults.caseFirst : 'off',
      ),
      strength: strengthOf(doc),
      numericOrdering: field(doc, 'numericOrdering', 'boolean', defaults.numeric ?? false),
      alternate: oneOf(doc, 'alternate', ['non-ignorable', 'shifted'], defaults.ignorePunctuation ? 'shifted' : 'non-ignorable'),
      maxVariable: oneOf(doc, 'maxVariable', ['punct', 'space'], 'punct'),
      normalization: field(doc, 'normalization', 'boolean', false),
      backwards: field(doc, 'backwards', 'boolean', false),
      version,
    };
    if (spec.backwards && spec.strength === 1) throw badValue("'backwards' is invalid with 'strength' of 1");
    if (doc.caseFirst !== undefined && spec.caseFirst !== 'off' && !spec.caseLevel && spec.strength < 3) {
      throw badValue("'caseFirst' is invalid unless 'caseLevel' is on or 'strength' is greater than 2");
    }
    const collation = Collation.#cache.get(JSON.stringify(spec)) ?? new Collation(spec, tag);
    // Few distinct collations are ever used; the bound only guards against a client inventing many.
    if (Collation.#cache.size > 256) Collation.#cache.clear();
    Collation.#cache.set(JSON.stringify(doc), collation);
    Collation.#cache.set(collation.id, collation);
    return collation;
  }

  /** Whether two collations (undefined: simple) compare alike, e.g. so an index can answer a query. */
  static same(a: Collation | undefined, b: Collation | undefined): boolean {
    return a === b || (a !== undefined && b !== undefined && a.id === b.id);
  }

  /** A fresh grouping of strings by this collation's equality. */
  strings(): CollatedStrings {
    return new CollatedStrings(this.compare);
  }
}

/**
 * The collation a mingo operator runs under. The store hands mingo a collation as its spec (mingo
 * copies its options around), and this finds the compiled collation again.
 */
export function collationOf(options: { collation?: unknown } | undefined): Collation | undefined {
  const spec = options?.collation as Partial<CollationSpec> | undefined;
  return typeof spec?.locale === 'string' ? Collation.parse(spec) : undefined;
}
