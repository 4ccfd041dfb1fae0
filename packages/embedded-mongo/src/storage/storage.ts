/**
 * Durable state of the whole store in `dbpath`: `snapshot-<gen>.snap` (full state) plus
 * `journal-<gen>.log` (records since). Writes are appended to the journal and fsynced in groups:
 * every record logged while a flush is in flight goes out with the next single write+fsync.
 * Compaction writes the next generation's snapshot to a temp file, fsyncs it, creates the empty
 * journal, renames the snapshot into place (the commit point), fsyncs the directory, then removes
 * the old generation. See the package README (On-disk format).
 */
import { mkdirSync } from 'node:fs';
import { type FileHandle, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock, releaseLock } from './lock.ts';
import { decodeRecords, framedChunks, type LogRecord } from './records.ts';

const MIN_COMPACTION_BYTES = 16 * 1024 * 1024;
/** Files are read, and snapshots written, this much at a time: a snapshot holds the whole data set, which need not be in memory twice. */
const IO_CHUNK_BYTES = 4 * 1024 * 1024;
const SNAPSHOT_RE = /^snapshot-(\d+)\.snap$/;

const snapshotName = (gen: number) => `snapshot-${gen}.snap`;
const journalName = (gen: number) => `journal-${gen}.log`;

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes the records to a new file, framed in writes of at most IO_CHUNK_BYTES, and fsyncs it; returns its size. */
async function writeDurably(path: string, records: Iterable<LogRecord>): Promise<number> {
  const fh = await open(path, 'w');
  try {
    let size = 0;
    // Each chunk is written before the next is framed into the same buffer.
    for (const chunk of framedChunks(records, IO_CHUNK_BYTES)) {
      await fh.write(chunk);
      size += chunk.length;
    }
    await fh.sync();
    return size;
  } finally {
    await fh.close();
  }
}

/**
 * Feeds a file's records to `apply` in order, reading it a chunk at a time; returns the length of
 * its intact part (all of it, unless it ends in a torn or corrupt record). One buffer is reused for
 * every read (records never view it): a fresh one per chunk leaves the allocator's heap fragmented
 * between the documents kept, memory that is never returned.
 */
async function replay(fh: FileHandle, apply: (r: LogRecord) => void): Promise<number> {
  let buffer = Buffer.allocUnsafe(IO_CHUNK_BYTES);
  let intact = 0;
  /** Bytes at the start of `buffer` read but not decoded: the start of a record that runs past the last read. */
  let held = 0;
  for (;;) {
    if (held === buffer.length) buffer = Buffer.concat([buffer], 2 * buffer.length);
    const { bytesRead } = await fh.read(buffer, held, buffer.length - held, intact + held);
    if (bytesRead === 0) return intact;
    const bytes = buffer.subarray(0, held + bytesRead);
    const { decoded, corrupt } = decodeRecords(bytes, apply);
    intact += decoded;
    if (corrupt) return intact;
    held = bytes.length - decoded;
    bytes.copyWithin(0, decoded);
  }
}

export interface StorageOptions {
  /**
   * Records describing the whole current state, for compaction: the state when it is called,
   * however late they are iterated (writes go on meanwhile).
   */
  snapshot: () => Iterable<LogRecord>;
  /** Journal size that triggers compaction, at least; it grows to twice the last snapshot. */
  compactionBytes?: number;
}

export class Storage {
  #dbpath: string;
  #gen: number;
  #journal: FileHandle;
  #journalBytes: number;
  #compactAt: number;
  #options: StorageOptions;
  #pending: Buffer[] = [];
  #pendingDone: Promise<void> | undefined;
  #draining: Promise<void> | undefined;
  #failed: Error | undefined;

  private constructor(dbpath: string, gen: number, journal: FileHandle, journalBytes: number, options: StorageOptions) {
    this.#dbpath = dbpath;
    this.#gen = gen;
    this.#journal = journal;
    this.#journalBytes = journalBytes;
    this.#options = options;
    this.#compactAt = options.compactionBytes ?? MIN_COMPACTION_BYTES;
  }

  /** Opens dbpath, feeding every surviving record to `apply` in order; truncates a torn journal tail. */
  static async open(dbpath: string, apply: (r: LogRecord) => void, options: StorageOptions): Promise<Storage> {
    mkdirSync(dbpath, { recursive: true });
    acquireLock(dbpath);
    try {
      const files = await readdir(dbpath);
      const gen = Math.max(0, ...files.map((f) => Number(SNAPSHOT_RE.exec(f)?.[1] ?? 0)));
      if (files.includes(snapshotName(gen))) {
        const snap = await open(join(dbpath, snapshotName(gen)), 'r');
        try {
          const intact = await replay(snap, apply);
          // A snapshot is fsynced before it is renamed into place, so damage here is not a torn write.
          if (intact !== (await snap.stat()).size) throw new Error(`corrupt snapshot ${snapshotName(gen)} at byte ${intact}`);
        } finally {
          await snap.close();
        }
      }
      const journal = await open(join(dbpath, journalName(gen)), 'a+');
      const validLength = await replay(journal, apply);
      if (validLength !== (await journal.stat()).size) {
        await journal.truncate(validLength);
        await journal.sync();
      }
      const keep = new Set([snapshotName(gen), journalName(gen), 'mongod.lock']);
      await Promise.all(files.filter((f) => !keep.has(f)).map((f) => rm(join(dbpath, f), { force: true, recursive: true })));
      await fsyncDir(dbpath);
      return new Storage(dbpath, gen, journal, validLength, options);
    } catch (err) {
      releaseLock(dbpath);
      throw err;
    }
  }

  /** Queues encoded records; they become durable together with everything queued before them. */
  log(records: Buffer[]): void {
    if (this.#failed) throw this.#failed;
    this.#pending.push(...records);
    this.#pendingDone ??= new Promise<void>((resolve, reject) => {
      // Deferred so every write made in this turn of the event loop joins the same fsync.
      setImmediate(() => {
        this.#draining = (this.#draining ?? Promise.resolve())
          .then(() => this.#flush())
          .then(resolve, reject)
          // Compaction runs after the batch is acknowledged; later batches wait for it.
          .then(() => this.#compactIfDue());
      });
    });
  }

  /** Resolves once every record logged so far is on disk. */
  durable(): Promise<void> {
    if (this.#failed) return Promise.reject(this.#failed);
    return this.#pendingDone ?? this.#draining ?? Promise.resolve();
  }

  /** Runs a storage step; after a failed write, fsync or rename the files' state is unknown, so refuse further writes. */
  async #guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (err) {
      this.#failed = err as Error;
      throw err;
    }
  }

  #flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    this.#pendingDone = undefined;
    return this.#guard(async () => {
      const data = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
      await this.#journal.write(data);
      await this.#journal.datasync();
      this.#journalBytes += data.length;
    });
  }

  async #compactIfDue(): Promise<void> {
    if (this.#failed || this.#journalBytes < this.#compactAt) return;
    await this.#guard(() => this.#compact()).catch(() => undefined);
  }

  async #compact(): Promise<void> {
    const next = this.#gen + 1;
    const tmp = join(this.#dbpath, `${snapshotName(next)}.tmp`);
    const size = await writeDurably(tmp, this.#options.snapshot());
    const journal = await open(join(this.#dbpath, journalName(next)), 'a+');
    await journal.sync();
    await rename(tmp, join(this.#dbpath, snapshotName(next)));
    await fsyncDir(this.#dbpath);
    const old = this.#gen;
    await this.#journal.close();
    this.#journal = journal;
    this.#gen = next;
    this.#journalBytes = 0;
    this.#compactAt = Math.max(this.#options.compactionBytes ?? MIN_COMPACTION_BYTES, 2 * size);
    await rm(join(this.#dbpath, journalName(old)), { force: true });
    await rm(join(this.#dbpath, snapshotName(old)), { force: true });
    await fsyncDir(this.#dbpath);
  }

  async close(): Promise<void> {
    await this.durable().catch(() => undefined);
    await this.#draining?.catch(() => undefined);
    await this.#journal.close();
    releaseLock(this.#dbpath);
  }
}
