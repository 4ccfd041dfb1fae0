/** Relay cursors of the models list: an offset, tied to the query that made it. */
import { createHash } from 'node:crypto';
import type { ModelFilter, ModelSort } from '../domain/model-query.ts';
import { compareValues } from '../domain/util/sorting.ts';

/** Cursors are tied to the query that made them, so one from another query is refused, not misread. */
export function querySignature(filter: ModelFilter, sort: ModelSort): string {
  const given = Object.entries(filter)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => compareValues(a, b));
  return createHash('sha256').update(JSON.stringify({ given, sort })).digest('base64url').slice(0, 16);
}

export function encodeCursor(signature: string, offset: number): string {
  return Buffer.from(JSON.stringify({ s: signature, o: offset })).toString('base64url');
}

/** The offset in a cursor made by the same query, or null when the cursor is not one. */
export function decodeCursor(cursor: string, signature: string): number | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof decoded !== 'object' || decoded === null) return null;
    const { s, o } = decoded as { s?: unknown; o?: unknown };
    return s === signature && Number.isSafeInteger(o) && (o as number) >= 0 ? (o as number) : null;
  } catch {
    return null;
  }
}
