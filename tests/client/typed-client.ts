import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** The transport a client uses: `fetch`, or `yoga.fetch` in tests. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<Response>;

export class GraphQLRequestError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/**
 * A minimal typed client: the result and variables types come from the generated document, so a
 * query that asks for a field the schema lacks, or passes a wrong variable, does not compile.
 */
export function createTypedClient(fetchLike: FetchLike, endpoint: string) {
  return async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await fetchLike(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: TResult; errors?: GraphQLRequestError['errors'] };
    if (body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors ?? [{ message: 'no data' }]);
    return body.data;
  };
}
