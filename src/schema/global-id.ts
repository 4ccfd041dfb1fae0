import { badUserInput } from '../errors.ts';

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
