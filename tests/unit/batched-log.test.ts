import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { batchedLineWriter } from '../../src/logging.ts';

describe('batched log lines', () => {
  it('lines of one event-loop turn leave in one write, in order, each ending a line; the next turn starts a new write', async () => {
    const writes: string[] = [];
    const write = batchedLineWriter({ write: (chunk: string) => writes.push(chunk) });
    write('{"n":1}');
    write('{"n":2}');
    write('{"n":3}');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n']);
    write('{"n":4}');
    await nextTurn();
    expect(writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n', '{"n":4}\n']);
    await nextTurn();
    expect(writes).toHaveLength(2);
  });

  it('what is pending when flushed (as on exit) is written then, once', async () => {
    const writes: string[] = [];
    const write = batchedLineWriter({ write: (chunk: string) => writes.push(chunk) });
    write('last words');
    write.flush();
    expect(writes).toEqual(['last words\n']);
    await nextTurn();
    expect(writes).toEqual(['last words\n']);
  });
});
