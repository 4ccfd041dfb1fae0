/** Relay connections over an offset: cursors tied to the query that made them, and the page around them. */
import { createHash } from 'node:crypto';
import type { ModelFilter, ModelSort } from '../domain/model-query.ts';
import { compareValues } from '../domain/util/sorting.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';

/** A hash of everything that decides a query's results: its cursors carry it. */
export function signatureOf(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

/** Cursors are tied to the query that made them, so one from another query is refused, not misread. */
export function querySignature(filter: ModelFilter, sort: ModelSort): string {
  const given = Object.entries(filter)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => compareValues(a, b));
  return signatureOf({ given, sort });
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

/** A connection's paging arguments as Relay defines them; only forward paging is supported. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Where the page starts: after `after`, which must be a cursor of the query `signature` names. */
export function pageStart(request: PageRequest, signature: string): Outcome<number> {
  if (request.last != null || request.before != null) return failure(badInput('last', 'backward pagination is not supported; use first and after'));
  const offset = request.after == null ? 0 : decodeCursor(request.after, signature);
  if (offset === null) return failure(badInput('after', 'not a cursor of this query (it is malformed, or comes from another filter or sort)'));
  return success(offset);
}

/** Each node with its cursor, the first node being at `offset` of the whole list. */
const withCursors = <T>(nodes: T[], signature: string, offset: number): Edge<T>[] =>
  nodes.map((node, index) => ({ node, cursor: encodeCursor(signature, offset + index + 1) }));

/** The page of `nodes` that starts at `offset` of `totalCount`, each with its cursor. */
export function connectionOf<T>(nodes: T[], totalCount: number, offset: number, signature: string): Connection<T> {
  return connectionFromEdges(withCursors(nodes, signature, offset), totalCount, offset);
}

/** Every node of a whole list with its cursor, for a list kept whole (a leaderboard, once per version): a page of it is then a slice (pageOfEdges). */
export function edgesOf<T>(nodes: T[], signature: string): Edge<T>[] {
  return withCursors(nodes, signature, 0);
}

/** The page of `first` edges of a whole list (edgesOf) that starts at `offset`. */
export function pageOfEdges<T>(edges: Edge<T>[], offset: number, first: number): Connection<T> {
  return connectionFromEdges(edges.slice(offset, offset + first), edges.length, offset);
}

function connectionFromEdges<T>(edges: Edge<T>[], totalCount: number, offset: number): Connection<T> {
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + edges.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
