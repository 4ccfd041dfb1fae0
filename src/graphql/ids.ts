import type DataLoader from 'dataloader';
import type { Context } from './context.ts';
import { badUserInput } from './errors.ts';

/**
 * Relay global ids are base64 of `Typename:id`. The decoding is strict (the text must be exactly
 * the base64 of what it decodes to) so a catalog id such as `openai/gpt-5`, which is also made of
 * base64 characters, is never mistaken for one. No exceptions on the hot path: lookups try every
 * id as a global id first.
 */
export function parseGlobalId(text: string): { typename: string; id: string } | null {
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  if (Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, '')) return null;
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  return { typename: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

/** For `node(id:)`: a malformed global id is the caller's mistake, BAD_USER_INPUT naming `id`. */
export function decodeGlobalId(text: string): { typename: string; id: string } {
  const parsed = parseGlobalId(text);
  if (!parsed) throw badUserInput('id', 'not a global id of this API');
  return parsed;
}

/**
 * Lookups accept either the catalog's own id (a slug such as `openai`, a canonical model id such
 * as `openai/gpt-5`, or any alias) or the Relay global id of the expected type. Anything else is
 * looked up as given, so an unknown id simply finds nothing (null), which is the one rule for
 * unknown ids in lookups.
 */
export function catalogKey(id: string, typename: string): string {
  const global = parseGlobalId(id);
  return global?.typename === typename ? global.id : id;
}

/** A Relay node type's `loadMany`: the ids through one of the request's loaders, null for a missing one. */
export function loadNodesWith<T>(loader: (context: Context) => DataLoader<string, T | null>) {
  return (ids: string[], context: Context): Promise<(T | null)[]> => Promise.all(ids.map((id) => loader(context).load(id)));
}
