import { BSON } from 'bson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecord, framedChunks, type LogRecord, Op } from '../src/storage/records.ts';

const put = (ns: string, document: object): LogRecord => ({ op: Op.Put, ns, raw: Buffer.from(BSON.serialize(document)) });

/** Each chunk copied as it comes: the next one reuses its buffer. */
function chunksOf(records: LogRecord[], chunkBytes: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (const chunk of framedChunks(records, chunkBytes)) chunks.push(Buffer.from(chunk));
  return chunks;
}

const decoded = (bytes: Buffer) => {
  const records: LogRecord[] = [];
  const result = decodeRecords(bytes, (record) => records.push(record));
  return { records, result };
};

const record: fc.Arbitrary<LogRecord> = fc.oneof(
  fc.record({ ns: fc.constantFrom('db.a', 'db.b'), text: fc.string({ maxLength: 300 }) }).map(({ ns, text }) => put(ns, { _id: text.length, text })),
  fc.constantFrom<LogRecord>(
    { op: Op.Delete, ns: 'db.a', id: 7 },
    { op: Op.CreateCollection, ns: 'db.c', options: {} },
    { op: Op.CreateIndex, ns: 'db.a', spec: { key: { x: 1 }, name: 'x_1' } },
    { op: Op.DropDatabase, db: 'db' },
  ),
);

describe('snapshot records framed into reused chunks', () => {
  it('writes the same bytes as framing each record on its own, for any chunk size', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.integer({ min: 1, max: 2_000 }), (records, chunkBytes) => {
        const chunks = chunksOf(records, chunkBytes);
        expect(Buffer.concat(chunks)).toEqual(Buffer.concat(records.map(encodeRecord)));
        // Only a record longer than a chunk makes one longer than that, and then it is alone in it.
        for (const chunk of chunks) if (chunk.length > chunkBytes) expect(decoded(chunk).records).toHaveLength(1);
      }),
    );
  });

  it('fills a chunk with whole records and starts the next one with the record that does not fit', () => {
    const records = [put('db.a', { _id: 1 }), put('db.a', { _id: 2 }), put('db.a', { _id: 3 })];
    const framed = encodeRecord(records[0]!).length;
    const chunks = chunksOf(records, 2 * framed);
    expect(chunks.map((chunk) => chunk.length)).toEqual([2 * framed, framed]);
    expect(chunks.map((chunk) => decoded(chunk).records.map((r) => r.op === Op.Put && BSON.deserialize(r.raw)._id))).toEqual([[1, 2], [3]]);
    expect(chunks.every((chunk) => !decoded(chunk).result.corrupt)).toBe(true);
  });

  it('gives a record longer than a chunk a chunk of its own, and goes on in the shared one', () => {
    const big = put('db.a', { _id: 'big', text: 'x'.repeat(5_000) });
    const small = put('db.b', { _id: 'small' });
    const chunks = chunksOf([small, big, small], 1_000);
    expect(chunks.map((chunk) => chunk.length)).toEqual([encodeRecord(small).length, encodeRecord(big).length, encodeRecord(small).length]);
  });

  it('frames nothing for no records', () => {
    expect(chunksOf([], 100)).toEqual([]);
  });
});
