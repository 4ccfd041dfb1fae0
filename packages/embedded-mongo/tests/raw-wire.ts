/** Raw wire-protocol helpers for tests that must speak below the driver. */
import { connect, type Socket } from 'node:net';
import { BSON } from 'mongodb';

/** Builds an OP_MSG frame around one body document. */
export function opMsg(body: Record<string, unknown>, requestId = 1): Buffer {
  const doc = BSON.serialize(body);
  const header = Buffer.alloc(21);
  header.writeInt32LE(21 + doc.length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(2013, 12);
  header.writeUInt32LE(0, 16);
  return Buffer.concat([header, doc]); // header ends with section kind 0
}

export function rawSocket(uri: string): Promise<Socket> {
  const { hostname, port } = new URL(uri.replace(/^mongodb:/, 'http:'));
  return new Promise((resolve, reject) => {
    const s = connect(Number(port), hostname, () => resolve(s));
    s.once('error', reject);
  });
}

/** Resolves with the OP_MSG reply body, or with 'closed' when the server hangs up first. */
export async function exchange(socket: Socket, bytes: Buffer): Promise<Record<string, unknown> | 'closed'> {
  const reply = await exchangeRaw(socket, bytes);
  return reply === 'closed' ? reply : BSON.deserialize(reply.subarray(21));
}

/** Builds a legacy OP_QUERY command on `db.$cmd`, as drivers send their first hello. */
export function opQuery(db: string, body: Record<string, unknown>, requestId = 1): Buffer {
  const doc = BSON.serialize(body);
  const ns = Buffer.from(`${db}.$cmd\0`, 'utf8');
  const out = Buffer.alloc(16 + 4 + ns.length + 8 + doc.length);
  out.writeInt32LE(out.length, 0);
  out.writeInt32LE(requestId, 4);
  out.writeInt32LE(2004, 12);
  ns.copy(out, 20);
  out.writeInt32LE(-1, 20 + ns.length + 4); // numberToReturn
  out.set(doc, 20 + ns.length + 8);
  return out;
}

/** Resolves with the whole reply frame, or with 'closed' when the server hangs up first. */
export function exchangeRaw(socket: Socket, bytes: Buffer): Promise<Buffer | 'closed'> {
  return new Promise((resolve) => {
    let got = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      got = Buffer.concat([got, chunk]);
      if (got.length >= 4 && got.length >= got.readInt32LE(0)) resolve(got);
    });
    socket.once('close', () => resolve('closed'));
    socket.write(bytes);
  });
}
