/**
 * The TCP side: accepts connections on 127.0.0.1, frames requests, runs commands, writes replies.
 * A protocol violation (bad framing, bad BSON, oversized message) destroys that socket only.
 */
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { runCommand } from './commands/index.ts';
import { CursorRegistry } from './cursors.ts';
import type { Databases } from './databases.ts';
import { encode } from './raw-bson.ts';
import { frameReply, MessageReader, type Request } from './wire.ts';

export interface WireServerOptions {
  databases: Databases;
  durable: () => Promise<void>;
  port: number;
  host?: string;
  cursorTimeoutMs?: number;
}

export class WireServer {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #cursors: CursorRegistry;
  readonly #options: WireServerOptions;
  #nextConnectionId = 1;

  private constructor(options: WireServerOptions) {
    this.#options = options;
    this.#cursors = new CursorRegistry(options.cursorTimeoutMs);
    this.#server = createServer((socket) => this.#accept(socket));
  }

  static async listen(options: WireServerOptions): Promise<WireServer> {
    const server = new WireServer(options);
    await new Promise<void>((resolve, reject) => {
      server.#server.once('error', reject);
      server.#server.listen(options.port, options.host ?? '127.0.0.1', () => {
        server.#server.off('error', reject);
        resolve();
      });
    });
    return server;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  #accept(socket: Socket): void {
    const connectionId = this.#nextConnectionId++;
    const reader = new MessageReader();
    this.#sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk) => {
      let requests: Request[];
      try {
        requests = reader.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const request of requests) void this.#handle(socket, request, connectionId);
    });
  }

  async #handle(socket: Socket, request: Request, connectionId: number): Promise<void> {
    const db = typeof request.body.$db === 'string' ? request.body.$db : 'admin';
    const reply = await runCommand(request.body, {
      db,
      databases: this.#options.databases,
      cursors: this.#cursors,
      connectionId,
      sequences: request.sequences,
      bodyRaw: request.bodyRaw,
      durable: this.#options.durable,
    });
    if (request.moreToCome || socket.destroyed) return;
    let body: Buffer;
    try {
      body = encode(reply);
    } catch (err) {
      body = encode({ ok: 0, errmsg: `reply could not be encoded: ${(err as Error).message}`, code: 10334, codeName: 'BSONObjectTooLarge' });
    }
    socket.write(frameReply(request, body));
  }

  async close(): Promise<void> {
    this.#cursors.close();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }
}
