/**
 * `npm start`'s entry. graphql-js decides when it is first loaded whether to run its development-only
 * checks (a cross-realm test on every `instanceof`), so production mode is set here, before the
 * server's imports load it; an explicit NODE_ENV wins.
 */
process.env.NODE_ENV ??= 'production';
await import('../server.ts');
