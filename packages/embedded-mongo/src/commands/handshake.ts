/** Connection handshake and server-information commands. */

import { MAX_WIRE_VERSION, SERVER_VERSION, VERSION_STRING } from '../server-version.ts';
import { MAX_BSON_SIZE, MAX_MESSAGE_SIZE } from '../wire.ts';
import type { CommandHandler } from './context.ts';

const hello: CommandHandler = (_cmd, ctx) => ({
  helloOk: true,
  ismaster: true,
  isWritablePrimary: true,
  maxBsonObjectSize: MAX_BSON_SIZE,
  maxMessageSizeBytes: MAX_MESSAGE_SIZE,
  maxWriteBatchSize: 100_000,
  localTime: new Date(),
  logicalSessionTimeoutMinutes: 30,
  connectionId: ctx.connectionId,
  minWireVersion: 0,
  maxWireVersion: MAX_WIRE_VERSION,
  readOnly: false,
  ok: 1,
});

const buildInfo: CommandHandler = () => ({
  version: VERSION_STRING,
  gitVersion: 'embedded',
  versionArray: [SERVER_VERSION.major, SERVER_VERSION.minor, SERVER_VERSION.patch, 0],
  bits: 64,
  debug: false,
  maxBsonObjectSize: MAX_BSON_SIZE,
  storageEngines: ['embedded'],
  ok: 1,
});

const ok: CommandHandler = () => ({ ok: 1 });

export const handshakeCommands: Record<string, CommandHandler> = {
  hello,
  ismaster: hello,
  isMaster: hello,
  ping: ok,
  buildInfo,
  buildinfo: buildInfo,
  endSessions: ok,
  whatsmyuri: () => ({ you: '127.0.0.1', ok: 1 }),
  getParameter: () => ({ featureCompatibilityVersion: { version: `${SERVER_VERSION.major}.${SERVER_VERSION.minor}` }, ok: 1 }),
};
