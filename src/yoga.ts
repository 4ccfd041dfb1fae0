import { randomUUID } from 'node:crypto';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Db } from 'mongodb';
import { createContext, type Context } from './context.ts';
import { graphiqlOptions, renderGraphiQL } from './graphiql.ts';
import { schema } from './schema/index.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Echoes the caller's request id (or a new one) on every response, so logs and clients can correlate. */
function requestIdHeader(): Plugin {
  const ids = new WeakMap<Request, string>();
  return {
    onRequest({ request }) {
      ids.set(request, request.headers.get(REQUEST_ID_HEADER) ?? randomUUID());
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (id) response.headers.set(REQUEST_ID_HEADER, id);
    },
  };
}

export interface AppOptions {
  db: Db;
}

/** Builds the Yoga instance. It never listens: `src/server.ts` does, and tests call `yoga.fetch`. */
export function createApp({ db }: AppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: true,
    graphiql: graphiqlOptions,
    renderGraphiQL,
    plugins: [requestIdHeader()],
    context: ({ request }) => createContext(db, request.headers.get(REQUEST_ID_HEADER) ?? randomUUID()),
  });
}

export type App = ReturnType<typeof createApp>;
