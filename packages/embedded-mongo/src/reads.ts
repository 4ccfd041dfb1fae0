/**
 * Reads through the aggregation engine: a pipeline over a collection (its leading $match answered
 * through the collection, so indexes apply), over a view (its definition's pipelines first, as
 * MongoDB appends the client's stages to them), and the resolver $lookup and $unionWith read other
 * collections and views through.
 */
import type { Document } from 'bson';
import { Collation } from './collation.ts';
import type { Collection } from './collection.ts';
import type { Databases } from './databases.ts';
import { MongoCommandError } from './errors.ts';
import { FieldSelection } from './field-selection.ts';
import { fieldsOfPipeline } from './fields-read.ts';
import { aggregate, type CollectionResolver, type Evaluation } from './query.ts';
import type { View } from './views.ts';

/**
 * Runs a pipeline over a collection's documents (none if it does not exist). Its input holds only
 * the fields the pipeline reads (all of them, unless it is one that computes a summary of them),
 * decoded for this run: the results are the caller's to keep or change.
 */
export function runPipeline(databases: Databases, db: string, coll: Collection | undefined, pipeline: Document[], evaluation: Evaluation): Document[] {
  const first = pipeline[0];
  const leadingMatch = first && Object.keys(first).length === 1 && first.$match ? (first.$match as Document) : undefined;
  const rest = leadingMatch ? pipeline.slice(1) : pipeline;
  const input = coll ? coll.find(leadingMatch, Infinity, evaluation, fieldsOfPipeline(rest)).map((found) => found.fields) : [];
  return aggregate(input, rest, evaluation, resolverFor(databases, db));
}

/** A view's documents with more stages after its own, under `evaluation` (whose collation is the view's, see viewCollation). */
export function readView(databases: Databases, view: View, stages: Document[], evaluation: Evaluation): Document[] {
  const { source, pipeline } = databases.resolveView(view);
  return runPipeline(databases, view.db, source, [...pipeline, ...stages], evaluation);
}

/** A view's collation governs reads of it: an operation may repeat it, not override it. */
export function viewCollation(view: View, requested: unknown): Collation | undefined {
  if (requested === undefined) return view.collation;
  const collation = Collation.parse(requested);
  if (!Collation.same(collation, view.collation)) throw new MongoCommandError(167, 'OptionNotSupportedOnView', "Cannot override a view's default collation");
  return collation;
}

/** What $lookup, $graphLookup and $unionWith read for a collection name of the database: private copies. */
function resolverFor(databases: Databases, db: string): CollectionResolver {
  return (name) => {
    const view = databases.view(db, name);
    if (view) return readView(databases, view, [], { collation: view.collation });
    const coll = databases.collection(db, name);
    return coll ? coll.find(undefined, Infinity, undefined, FieldSelection.whole).map((found) => found.fields) : [];
  };
}
