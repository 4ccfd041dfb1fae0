import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { afterAll, expect, it } from 'vitest';
import { startEmbeddedMongo } from '../src/index.ts';
import { type Loose, tempDbpath } from './helpers.ts';

const dbpath = tempDbpath('crash');
afterAll(() => rmSync(dbpath, { recursive: true, force: true }));

const writer = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));

it('loses no acknowledged write when the process is killed with SIGKILL mid-stream', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dbpath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acked = new Set<string>();
  let counter = 0;
  let inserts = 0;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [kind, value] = line.split(' ') as [string, string];
      if (kind === 'insert') {
        for (const id of value.split(',')) acked.add(id);
        inserts++;
      } else if (kind === 'counter') counter = Math.max(counter, Number(value));
      // Kill while all four writers are busy, well after the first compaction.
      if (inserts >= 150 && counter >= 30) {
        child.removeAllListeners('exit');
        child.kill('SIGKILL');
        child.once('exit', () => resolve());
      }
    });
  });

  const store = await startEmbeddedMongo({ dbpath, port: 0, inProcess: true });
  const client = await MongoClient.connect(store.uri);
  try {
    const coll = client.db('crash').collection<Loose>('docs');
    const present = new Set((await coll.find({}, { projection: { _id: 1 } }).toArray()).map((d) => String(d._id)));
    const missing = [...acked].filter((id) => !present.has(id));
    expect(missing).toEqual([]);
    const doc = await coll.findOne({ _id: 'counter' });
    expect(doc!.n).toBeGreaterThanOrEqual(counter);
  } finally {
    await client.close();
    await store.stop();
  }
}, 60_000);
