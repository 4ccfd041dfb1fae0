/**
 * Read-only views (manual: "Views"): a name for an aggregation pipeline over another collection
 * or view of the same database. A view holds no documents; reading one runs its pipeline (after
 * those of the views it is defined on) over the collection at the bottom of the chain, under the
 * view's own collation (none: binary, whatever the collection's default).
 */
import type { Document } from 'bson';
import { Collation } from './collation.ts';
import { MongoCommandError, typeMismatch } from './errors.ts';
import { type LogRecord, Op } from './storage/records.ts';

/** How many views may be stacked on one another (mongod's limit). */
export const MAX_VIEW_DEPTH = 20;

/** Stages that write, which no view may contain at any depth. */
const WRITING_STAGES = new Set(['$out', '$merge']);

export const viewNotCollection = (ns: string) => new MongoCommandError(166, 'CommandNotSupportedOnView', `Namespace ${ns} is a view, not a collection`);

function assertNoWritingStage(pipeline: unknown[]): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, nested] of Object.entries(value)) {
        if (WRITING_STAGES.has(key)) {
          throw new MongoCommandError(
            167,
            'OptionNotSupportedOnView',
            `The aggregation stage ${key} of the pipeline cannot be used in the view definition because it writes to disk`,
          );
        }
        visit(nested);
      }
    }
  };
  visit(pipeline);
}

/** The options of a view as create (and collMod) give them: `viewOn`, `pipeline`, `collation`, nothing else. */
export function viewOptions(options: Document): Document {
  const { viewOn, pipeline = [], collation, ...rest } = options;
  if (typeof viewOn !== 'string') throw typeMismatch("'viewOn' option must be a string");
  if (viewOn === '') throw new MongoCommandError(73, 'InvalidNamespace', "'viewOn' cannot be empty");
  if (!Array.isArray(pipeline) || pipeline.some((s) => s === null || typeof s !== 'object' || Array.isArray(s))) {
    throw typeMismatch("'pipeline' option must be an array of stage objects");
  }
  const unsupported = Object.keys(rest)[0];
  if (unsupported) throw new MongoCommandError(167, 'OptionNotSupportedOnView', `option not supported on a view: ${unsupported}`);
  assertNoWritingStage(pipeline);
  const parsed = Collation.parse(collation);
  return { viewOn, pipeline, ...(parsed ? { collation: { ...parsed.spec } } : {}) };
}

export class View {
  readonly ns: string;
  readonly collation: Collation | undefined;

  constructor(
    readonly db: string,
    readonly name: string,
    readonly options: Document,
  ) {
    this.ns = `${db}.${name}`;
    this.collation = Collation.parse(options.collation);
  }

  get viewOn(): string {
    return this.options.viewOn as string;
  }

  get pipeline(): Document[] {
    return this.options.pipeline as Document[];
  }

  /** Records that recreate this view, for a snapshot. */
  *records(): Generator<LogRecord> {
    yield { op: Op.CreateCollection, ns: this.ns, options: this.options };
  }
}
