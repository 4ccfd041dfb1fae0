import { GraphQLError } from 'graphql';
import { MongoNetworkError, MongoServerError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { createMaskError, isDatabaseUnavailable } from '../../src/http/mask-error.ts';

const socketError = (code: string) => Object.assign(new Error(`socket: ${code}`), { code });

describe('database unavailable', () => {
  it('is the driver’s network errors and the bare socket errors of a closed connection, not a query’s error or a bug', () => {
    expect(isDatabaseUnavailable(new MongoNetworkError('connection closed'))).toBe(true);
    for (const code of ['EPIPE', 'ECONNRESET', 'ECONNREFUSED']) expect(isDatabaseUnavailable(socketError(code))).toBe(true);
    expect(isDatabaseUnavailable(socketError('ENOENT'))).toBe(false);
    expect(isDatabaseUnavailable(new MongoServerError({ message: 'E11000 duplicate key', code: 11000 }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false);
  });

  it('an EPIPE under a resolver becomes DATABASE_UNAVAILABLE for the client, counted once', () => {
    let counted = 0;
    const mask = createMaskError(() => counted++);
    const masked = mask(new GraphQLError('This socket has been ended by the other party', { originalError: socketError('EPIPE') }), 'Unexpected error.');
    expect((masked as GraphQLError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(masked.message).not.toContain('socket');
    expect(counted).toBe(1);
  });
});
