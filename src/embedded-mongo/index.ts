export { startInProcess as startEmbeddedMongo } from './store.ts';
export type { EmbeddedMongo, EmbeddedMongoOptions } from './store.ts';
export { MongoCommandError } from './errors.ts';
