/** Command dispatch: name lookup, refusals that apply to every command, error replies. */
import type { Document } from 'bson';
import { errorReply, MongoCommandError, toCommandError } from '../errors.ts';
import { adminCommands } from './admin.ts';
import { aggregateCommands } from './aggregate.ts';
import type { CommandContext, CommandHandler } from './context.ts';
import { handshakeCommands } from './handshake.ts';
import { namespaceCommands } from './namespaces.ts';
import { readCommands } from './read.ts';
import { writeCommands } from './write.ts';

const COMMANDS: Record<string, CommandHandler> = {
  ...handshakeCommands,
  ...readCommands,
  ...aggregateCommands,
  ...writeCommands,
  ...adminCommands,
  ...namespaceCommands,
};

export async function runCommand(body: Document, ctx: CommandContext): Promise<Document> {
  const name = Object.keys(body)[0] ?? '';
  try {
    if ('txnNumber' in body || 'startTransaction' in body || 'autocommit' in body) {
      throw new MongoCommandError(20, 'IllegalOperation', 'Transaction numbers are only allowed on a replica set member or mongos');
    }
    const handler = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!handler) throw new MongoCommandError(59, 'CommandNotFound', `no such command: '${name}'`);
    return await handler(body, ctx);
  } catch (err) {
    return errorReply(toCommandError(err));
  }
}
