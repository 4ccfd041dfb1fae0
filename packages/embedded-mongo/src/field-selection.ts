/**
 * Which top-level fields of stored documents a reader needs, and the decoding of just those.
 * The store keeps documents as BSON bytes only (see stored-doc.ts); a filter on two fields of a
 * 1 KB document decodes those two fields, not the document.
 */
import { BSON, type Document, ObjectId } from 'bson';
import { int32At, valueLength } from './raw-bson.ts';

/**
 * BSON types that bson decodes as views of the bytes they were read from: a Binary, and a document
 * or array (or code's scope), which may hold one. Every other value is decoded as a copy.
 */
const VIEWED_TYPES = new Set([0x03, 0x04, 0x05, 0x0f]);
/**
 * Where selected fields whose values are copies when decoded are assembled. Reused, because one
 * allocation per document read, in numbers, leaves the allocator's heap fragmented around the
 * larger buffers of the same reads (replies), memory that is never returned to the system.
 */
const scratch = Buffer.allocUnsafeSlow(16 * 1024);

/** UTF-8 bytes as a string; short ASCII ones (most names and keys) decoded here, sparing a call into C++. */
function utf8(bytes: Buffer, from: number, to: number): string {
  if (to - from > 16) return bytes.toString('utf8', from, to);
  let s = '';
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c >= 0x80) return bytes.toString('utf8', from, to);
    s += String.fromCharCode(c);
  }
  return s;
}

/** Returned for a value left to bson. */
const UNDECODED = Symbol('undecoded');

/**
 * The value of the element of `type` at `start`..`end` of a stored (valid) document, decoded as
 * BSON.deserialize decodes it, for the types filters and sorts mostly meet; the rest are bson's.
 * An embedded document this does not decode is bson's from a view of the stored bytes, as the
 * whole document's decoding would view them.
 */
function decodeValue(stored: Buffer, type: number, start: number, end: number): unknown {
  switch (type) {
    case 0x01:
      return stored.readDoubleLE(start);
    case 0x02:
      return utf8(stored, start + 4, end - 1);
    case 0x03: {
      const doc = decodeEmbedded(stored, start, false);
      return doc === UNDECODED ? BSON.deserialize(stored.subarray(start, end)) : doc;
    }
    case 0x04:
      return decodeEmbedded(stored, start, true);
    case 0x07:
      return new ObjectId(stored.subarray(start, end));
    case 0x08:
      return stored[start] === 1;
    case 0x09:
      return new Date(int32At(stored, start + 4) * 2 ** 32 + (int32At(stored, start) >>> 0));
    case 0x0a:
      return null;
    case 0x10:
      return int32At(stored, start);
    default:
      return UNDECODED;
  }
}

/** Whether the bytes `from`..`to` are the decimal digits of `index`, as an array element's name is. */
function isIndexName(stored: Buffer, from: number, to: number, index: number): boolean {
  if (to === from || (to - from > 1 && stored[from] === 0x30)) return false;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = stored[i]! - 0x30;
    if (digit < 0 || digit > 9) return false;
    n = n * 10 + digit;
  }
  return n === index;
}

/**
 * An embedded document or array whose every value decodeValue decodes. Names bson treats
 * specially (`$ref`... of a DBRef, `__proto__`) and an array whose names are not its indexes are
 * left to bson.
 */
function decodeEmbedded(stored: Buffer, start: number, isArray: boolean): unknown {
  const items: unknown[] = [];
  const doc: Document = {};
  const end = start + int32At(stored, start) - 1;
  for (let at = start + 4; at < end; ) {
    const type = stored[at]!;
    let nameEnd = at + 1;
    while (stored[nameEnd] !== 0) nameEnd++;
    const next = nameEnd + 1 + valueLength(stored, type, nameEnd + 1);
    const value = decodeValue(stored, type, nameEnd + 1, next);
    if (value === UNDECODED) return UNDECODED;
    if (isArray) {
      if (!isIndexName(stored, at + 1, nameEnd, items.length)) return UNDECODED;
      items.push(value);
    } else {
      const name = utf8(stored, at + 1, nameEnd);
      if (name.startsWith('$') || name === '__proto__') return UNDECODED;
      doc[name] = value;
    }
    at = next;
  }
  return isArray ? items : doc;
}

export class FieldSelection {
  /** Every field: the document as BSON.deserialize gives it. */
  static readonly whole = new FieldSelection(undefined);
  static readonly none = new FieldSelection(new Set());

  /** Undefined for the whole document. */
  readonly #names: ReadonlySet<string> | undefined;
  /** The names with their UTF-8 bytes, at their byte length: an element's name is matched without decoding it. */
  readonly #byLength: ({ name: string; bytes: Buffer }[] | undefined)[] = [];

  private constructor(names: ReadonlySet<string> | undefined) {
    this.#names = names;
    for (const name of names ?? []) {
      const bytes = Buffer.from(name, 'utf8');
      const same = this.#byLength[bytes.length];
      if (same) same.push({ name, bytes });
      else this.#byLength[bytes.length] = [{ name, bytes }];
    }
  }

  static of(names: Iterable<string>): FieldSelection {
    return new FieldSelection(new Set(names));
  }

  get isWhole(): boolean {
    return this.#names === undefined;
  }

  get isEmpty(): boolean {
    return this.#names?.size === 0;
  }

  union(other: FieldSelection): FieldSelection {
    if (!this.#names || !other.#names) return FieldSelection.whole;
    if (other.#names.size === 0) return this;
    if (this.#names.size === 0) return other;
    return FieldSelection.of([...this.#names, ...other.#names]);
  }

  /** The selected name that the element name at `at`..`nameEnd` (its terminating 0) is, if any. */
  #selected(stored: Buffer, at: number, nameEnd: number): string | undefined {
    const candidates = this.#byLength[nameEnd - at - 1];
    if (!candidates) return undefined;
    for (const { name, bytes } of candidates) {
      let i = 0;
      while (i < bytes.length && bytes[i] === stored[at + 1 + i]) i++;
      if (i === bytes.length) return name;
    }
    return undefined;
  }

  /**
   * A private, mutable document of the selected fields of a stored (valid) BSON document, in the
   * document's order, every value (and a repeated field name) decoded exactly as in the whole
   * document.
   */
  read(stored: Buffer): Document {
    const names = this.#names;
    if (!names) return BSON.deserialize(stored);
    const out: Document = {};
    if (names.size === 0) return out;
    const end = int32At(stored, 0) - 1;
    for (let at = 4; at < end; ) {
      const type = stored[at]!;
      let nameEnd = at + 1;
      while (stored[nameEnd] !== 0) nameEnd++;
      const next = nameEnd + 1 + valueLength(stored, type, nameEnd + 1);
      const name = this.#selected(stored, at, nameEnd);
      if (name !== undefined) {
        const value = name === '__proto__' ? UNDECODED : decodeValue(stored, type, nameEnd + 1, next);
        if (value === UNDECODED) return this.#readBySubset(stored);
        out[name] = value;
      }
      at = next;
    }
    return out;
  }

  /** `read` by BSON.deserialize of a document made of just the selected elements, for any type. */
  #readBySubset(stored: Buffer): Document {
    const picked: number[] = [];
    let size = 5;
    let viewed = false;
    const end = int32At(stored, 0) - 1;
    for (let at = 4; at < end; ) {
      const type = stored[at]!;
      let nameEnd = at + 1;
      while (stored[nameEnd] !== 0) nameEnd++;
      const next = nameEnd + 1 + valueLength(stored, type, nameEnd + 1);
      if (this.#selected(stored, at, nameEnd) !== undefined) {
        picked.push(at, next);
        size += next - at;
        viewed ||= VIEWED_TYPES.has(type);
      }
      at = next;
    }
    const subset = viewed || size > scratch.length ? Buffer.allocUnsafe(size) : scratch.subarray(0, size);
    subset.writeInt32LE(size, 0);
    let written = 4;
    for (let i = 0; i < picked.length; i += 2) written += stored.copy(subset, written, picked[i], picked[i + 1]);
    subset[written] = 0;
    return BSON.deserialize(subset);
  }
}
