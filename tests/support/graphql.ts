import type { App } from '../../src/app.ts';

/**
 * The data of an ad-hoc test query: its shape is the query text beside it, so the test reads it
 * untyped; operations with a generated type pass that type instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: the query text, not a type, states this shape
export type AdHocData = Record<string, any>;

export interface GraphQLResponse<TData = AdHocData> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Sends one operation through the real Yoga pipeline (`yoga.fetch`), as a client would over HTTP. */
export async function execute<TData = AdHocData>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData> & { status: number; headers: Headers }> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<TData>;
  return { ...body, status: response.status, headers: response.headers };
}

/** The `extensions.code` of each error, in order. */
export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
