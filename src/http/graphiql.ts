import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL is served from this server's own bundle (@graphql-yoga/render-graphiql, no CDN), so it
 * works offline, and opens on a query that shows what the API is for, not an empty editor.
 */
export const GRAPHIQL_DEFAULT_QUERY = `# Which AI model should I use, and what will it cost me?
# Press ▶ to run; the Docs panel (left) explains every field.
# Cheapest models with a 200K+ context that call tools:
query CheapestLongContextModels {
  models(
    filter: {
      minContextTokens: 200000
      capabilities: [FUNCTION_CALLING]
    }
    sort: { field: PRICE, direction: ASC }
    first: 5
  ) {
    totalCount
    edges {
      node {
        canonicalId
        name
        lab { name }
        releaseDate
        limits { contextWindow { tokens reason } }
        canonicalPrice {
          kind
          tokens { input { display } output { display } }
        }
      }
    }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'AI model comparison API',
  defaultQuery: GRAPHIQL_DEFAULT_QUERY,
};

/**
 * Renders the page, loading the bundle on first use: it is ~10 MB of JavaScript, held in memory
 * once imported, and an API instance behind a load balancer may never be asked for it.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const bundle = await import('@graphql-yoga/render-graphiql');
  return bundle.renderGraphiQL(options);
}
