import { type ModelDetailQuery, ModelListDocument } from '../../schema/generated/graphql.ts';
import { createTypedClient, type FetchLike } from './typed-client.ts';

/** What a frontend writes: every field access below is checked against the generated types. */
export async function cheapestModelNames(fetchLike: FetchLike): Promise<string[]> {
  const request = createTypedClient(fetchLike, 'http://localhost:4000/graphql');
  const page = await request(ModelListDocument, { first: 5, sort: { field: 'PRICE', direction: 'ASC' } });
  return page.models.edges.map((edge) => `${edge.node.name} (${edge.node.canonicalPrice?.tokens.input?.usd ?? 'unknown'} USD/1M input)`);
}

export function contextWindowLabel(model: NonNullable<ModelDetailQuery['model']>): string {
  const { tokens, reason } = model.limits.contextWindow;
  return tokens === null || tokens === undefined ? `context: ${reason ?? 'UNKNOWN'}` : `context: ${tokens} tokens`;
}
