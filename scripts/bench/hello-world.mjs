// The load benchmark's yardstick: the smallest useful Yoga server, plain JavaScript as a
// deployment would run it. Listens on PORT (loopback).
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  logging: false,
});
createServer(yoga).listen(Number(process.env.PORT), '127.0.0.1');
