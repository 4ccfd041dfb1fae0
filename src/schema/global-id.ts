import { badUserInput } from '../errors.ts';

/**
 * Relay global ids are base64 of `Typename:id`. A malformed one given to `node(id:)` is the
 * caller's mistake, so it is BAD_USER_INPUT naming `id`, like every other bad argument.
 */
export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) throw badUserInput('id', 'not a global id of this API');
  return { typename: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}
