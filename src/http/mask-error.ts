import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { MongoNetworkError, MongoNotConnectedError, MongoOperationTimeoutError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';
import { apiError } from '../graphql/errors.ts';

/**
 * The socket errors a connection to the database can fail with. The driver wraps most in a
 * MongoNetworkError, but a command written to a socket the server has just closed (a store worker
 * that crashed) can reach the caller as the bare EPIPE.
 */
const SOCKET_ERROR_CODES: ReadonlySet<string> = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED']);

const isSocketError = (error: unknown) =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && SOCKET_ERROR_CODES.has((error as NodeJS.ErrnoException).code!);

/** The driver's ways of saying "no database right now" (as opposed to a bad query or a bug). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    isSocketError(error) ||
    error instanceof MongoNetworkError ||
    error instanceof MongoServerSelectionError ||
    error instanceof MongoOperationTimeoutError ||
    error instanceof MongoTopologyClosedError ||
    error instanceof MongoNotConnectedError
  );
}

/**
 * Yoga's `maskError`: errors the API raised on purpose (coded GraphQLErrors) pass through; an
 * unreachable database becomes DATABASE_UNAVAILABLE, so clients know to retry; anything else becomes
 * Yoga's INTERNAL_SERVER_ERROR "Unexpected error." without message or stack (Yoga logs the original).
 */
export function createMaskError(onDatabaseUnavailable: () => void) {
  return (error: unknown, message: string): Error => {
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isDatabaseUnavailable(cause)) {
      onDatabaseUnavailable();
      const unavailable = apiError('DATABASE_UNAVAILABLE', 'The database cannot be reached right now; retry later.');
      return error instanceof GraphQLError
        ? new GraphQLError(unavailable.message, { nodes: error.nodes, path: error.path, extensions: unavailable.extensions })
        : unavailable;
    }
    return yogaMaskError(error, message, false);
  };
}
