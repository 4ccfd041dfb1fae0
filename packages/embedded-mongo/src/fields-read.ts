/**
 * The top-level fields a filter, a sort or a pipeline reads of the documents it is given, so that
 * only those are decoded (field-selection.ts). Any doubt means the whole document: a selection
 * may name more fields than are read, never fewer. Paths are resolved from their first segment
 * (`a.b` reads within `a`), as mingo resolves them.
 */
import type { Document } from 'bson';
import { FieldSelection } from './field-selection.ts';

const topLevel = (path: string): string => {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
};

function addPathFields(paths: Iterable<string>, names: Set<string>): void {
  for (const path of paths) names.add(topLevel(path));
}

/** Fields that these paths start with. */
export function fieldsOfPaths(paths: Iterable<string>): FieldSelection {
  const names = new Set<string>();
  addPathFields(paths, names);
  return FieldSelection.of(names);
}

const isPlainObject = (v: unknown): v is Document => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** Query operators that combine filters of the same document. */
const LOGICAL_OPERATORS = new Set(['$and', '$or', '$nor']);

/** Adds the fields a filter reads to `names`; false when it may read any field (`$expr`, `$where`, `$jsonSchema`, ...). */
function addFilterFields(filter: unknown, names: Set<string>): boolean {
  if (!isPlainObject(filter)) return false;
  for (const [key, condition] of Object.entries(filter)) {
    if (LOGICAL_OPERATORS.has(key)) {
      if (!Array.isArray(condition) || !condition.every((branch) => addFilterFields(branch, names))) return false;
    } else if (key.startsWith('$')) {
      if (key !== '$comment') return false;
    } else {
      // A field's conditions ($elemMatch included) read only that field's value.
      addPathFields([key], names);
    }
  }
  return true;
}

export function fieldsOfFilter(filter: Document | undefined): FieldSelection {
  const names = new Set<string>();
  return filter === undefined || addFilterFields(filter, names) ? FieldSelection.of(names) : FieldSelection.whole;
}

export const fieldsOfSort = (sort: Document | undefined): FieldSelection => fieldsOfPaths(Object.keys(sort ?? {}));

/** Variables that are the document itself. */
const DOCUMENT_VARIABLES = ['$$ROOT', '$$CURRENT'];
/** Expression operators that read fields they name without `$` (from `$$CURRENT` by default), or run code. */
const IMPLICIT_READERS = new Set(['$getField', '$setField', '$unsetField', '$function', '$accumulator']);

/** Adds the fields an aggregation expression reads to `names`; false when it may read the whole document. */
function addExpressionFields(expr: unknown, names: Set<string>): boolean {
  if (typeof expr === 'string') {
    if (DOCUMENT_VARIABLES.some((v) => expr === v || expr.startsWith(`${v}.`))) return false;
    // Other `$$` names are variables; an evaluated `let` never holds the document.
    if (expr.startsWith('$') && !expr.startsWith('$$')) names.add(topLevel(expr.slice(1)));
    return true;
  }
  if (Array.isArray(expr)) return expr.every((item) => addExpressionFields(item, names));
  // Dates, ObjectIds and other BSON values are constants.
  if (!isPlainObject(expr)) return true;
  return Object.entries(expr).every(([key, value]) => !IMPLICIT_READERS.has(key) && addExpressionFields(value, names));
}

/** $group accumulators whose argument is an expression of the document (not $top's `sortBy` fields, say). */
const EXPRESSION_ACCUMULATORS = new Set([
  '$sum',
  '$avg',
  '$min',
  '$max',
  '$first',
  '$last',
  '$push',
  '$addToSet',
  '$mergeObjects',
  '$stdDevPop',
  '$stdDevSamp',
  '$count',
]);

function addGroupFields(spec: unknown, names: Set<string>): boolean {
  if (!isPlainObject(spec)) return false;
  return Object.entries(spec).every(([output, value]) => {
    if (output === '_id') return addExpressionFields(value, names);
    if (!isPlainObject(value)) return false;
    const [accumulator, ...more] = Object.keys(value);
    return more.length === 0 && accumulator !== undefined && EXPRESSION_ACCUMULATORS.has(accumulator) && addExpressionFields(value[accumulator], names);
  });
}

/**
 * The fields a pipeline reads of its input documents: known when it filters, sorts, skips and
 * limits them and then replaces them by what it computes of them ($group, $count, $sortByCount);
 * any other stage, or none (the documents themselves are the output), reads the whole document.
 */
export function fieldsOfPipeline(stages: readonly Document[]): FieldSelection {
  const names = new Set<string>();
  for (const stage of stages) {
    const [name, ...more] = Object.keys(stage);
    if (name === undefined || more.length > 0) return FieldSelection.whole;
    const spec: unknown = stage[name];
    switch (name) {
      case '$match':
        if (!addFilterFields(spec, names)) return FieldSelection.whole;
        break;
      case '$sort':
        if (!isPlainObject(spec)) return FieldSelection.whole;
        addPathFields(Object.keys(spec), names);
        break;
      case '$skip':
      case '$limit':
        break;
      case '$count':
        return FieldSelection.of(names);
      case '$group':
        return addGroupFields(spec, names) ? FieldSelection.of(names) : FieldSelection.whole;
      case '$sortByCount':
        return addExpressionFields(spec, names) ? FieldSelection.of(names) : FieldSelection.whole;
      default:
        return FieldSelection.whole;
    }
  }
  return FieldSelection.whole;
}
