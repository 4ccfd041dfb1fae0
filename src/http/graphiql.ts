import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL is served from this server's own bundle (@graphql-yoga/render-graphiql, no CDN), so it
 * works offline, and opens on a query that shows what the API is for, not an empty editor.
 */
export const GRAPHIQL_DEFAULT_QUERY = `# Which AI model should I use, and what will it cost me?
# Press ▶ to run; the Docs panel (left) explains every field.
# The best models for code generation at 200,000 requests a month of 3,000 tokens,
# within $300 a month and a 128K context, each at its cheapest offering, with reasons:
query WhichModelForCode {
  recommend(
    useCase: CODE_GENERATION
    usage: { requestsPerMonth: 200000, tokensPerRequest: 3000, inputShare: 0.75 }
    constraints: { maxMonthlyUsd: 300, minContextTokens: 128000 }
    first: 3
  ) {
    candidates {
      rank
      model { name lab { name } }
      offering { provider { name } }
      monthlyCost { formatted }
      fit
      tiedWithFirst
      reasons { kind text }
    }
    nearMisses {
      model { name }
      failed { constraint text }
    }
    sensitivity { text }
    assumptions
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
