/**
 * mingo pipeline stages replaced: `$sort` uses MongoDB's cross-type order, `$project` keeps `_id`
 * first, `$group` groups values MongoDB calls equal (1 and 1.0, null and missing; strings by the
 * collation) where mingo hashes JS values.
 */
import type { Document } from 'bson';
import { evalExpr } from 'mingo/core';
import { type Iterator, Lazy } from 'mingo/lazy';
import { $project as mingoProject } from 'mingo/operators/pipeline';
import type { Options } from 'mingo/types';
import { keyOf } from './bson-order.ts';
import { collationOf } from './collation.ts';
import { MongoCommandError } from './errors.ts';
import { type SortSpec, sortDocuments } from './sorting.ts';

export function keepIdFirst(doc: Document): Document {
  if (!('_id' in doc) || Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

const $sort = (coll: Iterator, spec: SortSpec, options: Options) =>
  coll.transform((docs: Document[]) => Lazy(sortDocuments(docs, spec, (d) => d, collationOf(options))));

const $project = (coll: Iterator, expr: Document, options: Options) => mingoProject(coll, expr, options).map((d: Document) => keepIdFirst(d));

const $group = (coll: Iterator, expr: Document, options: Options) => {
  if (!('_id' in expr)) throw new MongoCommandError(15955, 'Location15955', 'a group specification must include an _id');
  const fields = Object.keys(expr).filter((k) => k !== '_id');
  return coll.transform((docs: Document[]) => {
    const strings = collationOf(options)?.strings();
    const groups = new Map<string, { id: unknown; members: Document[] }>();
    for (const doc of docs) {
      const id = evalExpr(doc, expr._id, options) ?? null;
      const key = keyOf(id, strings?.keyOf);
      const group = groups.get(key);
      if (group) group.members.push(doc);
      else groups.set(key, { id, members: [doc] });
    }
    return Lazy(
      [...groups.values()].map(({ id, members }) => {
        const out: Document = { _id: id };
        for (const field of fields) out[field] = evalExpr(members, expr[field], options);
        return out;
      }),
    );
  });
};

export const pipelineOverrides = { $sort, $project, $group };
