/**
 * A collection's validator compiled for checking and explaining: a query filter whose clauses
 * each say whether a document satisfies them and, if not, why, in the shape of MongoDB's
 * errInfo.details (operatorName, specifiedAs, reason, consideredValue(s), clausesNotSatisfied,
 * ...). Under `$nor` and `$not` an explanation says why a clause matched ("inverted").
 * Query clauses are decided by the store's query engine; `$jsonSchema` by json-schema.ts, on the
 * document with its BSON number types kept.
 */
import type { Document } from 'bson';
import { bsonTypeName } from './bson-types.ts';
import { badValue, typeMismatch } from './errors.ts';
import { compileJsonSchema, schemaFailure } from './json-schema.ts';
import { isOperatorObject } from './operators.ts';
import { compileFilter, evaluate } from './query.ts';

/** A document as parsed (for the query engine) and as typed (exact BSON types, for values shown and $jsonSchema). */
export interface Subject {
  doc: Document;
  typed: Document;
}

interface Clause {
  matches(subject: Subject): boolean;
  /** Why the clause did not match (or, inverted, why it did). */
  explain(subject: Subject, inverted: boolean): Document;
}

/** Reasons MongoDB gives per operator: [clause did not match, clause matched (inverted)]. */
const REASONS: Record<string, [string, string]> = {
  $eq: ['comparison failed', 'comparison succeeded'],
  $gt: ['comparison failed', 'comparison succeeded'],
  $gte: ['comparison failed', 'comparison succeeded'],
  $lt: ['comparison failed', 'comparison succeeded'],
  $lte: ['comparison failed', 'comparison succeeded'],
  $in: ['no matching value found in array', 'matching value found in array'],
  $type: ['type did not match', 'type did match'],
  $regex: ['regular expression did not match', 'regular expression did match'],
  $size: ['array length was not equal to given size', 'array length was equal to given size'],
  $all: ['array did not contain all specified values', 'array did contain all specified values'],
  $elemMatch: ['array did not satisfy the child predicate', 'array did satisfy the child predicate'],
  $mod: ['$mod did not evaluate to expected remainder', '$mod did evaluate to expected remainder'],
  $bitsAllSet: ['bitwise operator failed to match', 'bitwise operator matched successfully'],
  $bitsAllClear: ['bitwise operator failed to match', 'bitwise operator matched successfully'],
  $bitsAnySet: ['bitwise operator failed to match', 'bitwise operator matched successfully'],
  $bitsAnyClear: ['bitwise operator failed to match', 'bitwise operator matched successfully'],
};

/** Operators MongoDB implements as the negation of another: their explanations are that one's, inverted. */
const NEGATIONS: Record<string, string> = { $ne: '$eq', $nin: '$in' };

/** Operators that look at a whole array rather than at each element. */
const WHOLE_ARRAY = new Set(['$size', '$all', '$elemMatch']);
const EXPECTED_TYPES: Record<string, string[]> = {
  $regex: ['regex', 'string', 'symbol'],
  $size: ['array'],
  $elemMatch: ['array'],
  $mod: ['decimal', 'double', 'int', 'long'],
};

const NOT_ALLOWED = new Set(['$where', '$near', '$nearSphere', '$text']);

/** The values a path reaches, through arrays; at the leaf, an array's elements (or the array itself). Undefined if missing. */
function valuesAt(doc: unknown, path: string, wholeArrays: boolean): unknown[] | undefined {
  const out: unknown[] = [];
  let found = false;
  const walk = (value: unknown, parts: string[]) => {
    if (parts.length === 0) {
      found = true;
      if (Array.isArray(value) && !wholeArrays) out.push(...value);
      else out.push(value);
      return;
    }
    if (Array.isArray(value) && !/^\d+$/.test(parts[0]!)) {
      for (const item of value) walk(item, parts);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const next = (value as Document)[parts[0]!];
    if (next !== undefined) walk(next, parts.slice(1));
  };
  walk(doc, path.split('.'));
  return found ? out : undefined;
}

function considered(values: unknown[]): Document {
  return values.length === 1 ? { consideredValue: values[0] } : { consideredValues: values };
}

function consideredTypes(values: unknown[]): Document {
  const types = [...new Set(values.map(bsonTypeName))].sort();
  return types.length === 1 ? { consideredType: types[0] } : types.length ? { consideredTypes: types } : {};
}

/** A field condition: `{ path: value }` (an implicit $eq) or one operator of `{ path: { $op: value } }`. */
function fieldClause(path: string, op: string, specifiedAs: Document): Clause {
  const positive = NEGATIONS[op] ?? op;
  const filter = compileFilter({ [path]: specifiedAs[path] });
  const [normal, inverse] = REASONS[positive] ?? ['expression did not match', 'expression did match'];
  return {
    matches: ({ doc }) => filter(doc),
    explain({ typed }, inverted) {
      const negated = positive !== op ? !inverted : inverted;
      const out: Document = { operatorName: op, specifiedAs };
      if (positive === '$exists') {
        const wantsPresent = (specifiedAs[path] as Document).$exists !== false;
        out.reason = wantsPresent !== negated ? 'path does not exist' : 'path does exist';
        return out;
      }
      const values = valuesAt(typed, path, WHOLE_ARRAY.has(positive));
      if (!values) return { ...out, reason: 'field was missing' };
      const expected = EXPECTED_TYPES[positive];
      if (expected && !negated && !values.some((v) => expected.includes(bsonTypeName(v)))) {
        return {
          ...out,
          reason: 'type did not match',
          ...consideredTypes(values),
          ...(expected.length === 1 ? { expectedType: expected[0] } : { expectedTypes: expected }),
        };
      }
      Object.assign(out, { reason: negated ? inverse : normal }, considered(values));
      if (positive === '$type') Object.assign(out, consideredTypes(values));
      return out;
    },
  };
}

function notClause(path: string, operand: unknown): Clause {
  if (!isOperatorObject(operand) && !(operand instanceof RegExp)) throw badValue('$not needs a regex or a document');
  const inner = operand instanceof RegExp ? fieldClause(path, '$regex', { [path]: operand }) : node({ [path]: operand });
  return {
    matches: (subject) => !inner.matches(subject),
    explain: (subject, inverted) => ({ operatorName: '$not', details: inner.explain(subject, !inverted) }),
  };
}

function exprClause(expr: unknown): Clause {
  const filter = compileFilter({ $expr: expr });
  return {
    matches: ({ doc }) => filter(doc),
    explain: ({ doc }, inverted) => ({
      operatorName: '$expr',
      specifiedAs: { $expr: expr },
      reason: inverted ? 'expression did match' : 'expression did not match',
      expressionResult: evaluate(expr, undefined, doc),
    }),
  };
}

function schemaClause(schema: unknown): Clause {
  const check = compileJsonSchema(schema);
  return {
    matches: ({ typed }) => check(typed).length === 0,
    explain: ({ typed }, inverted) => (inverted ? { operatorName: '$jsonSchema', reason: 'schema matched' } : schemaFailure(schema as Document, check(typed))),
  };
}

/** `$and`, `$or`, `$nor` over clauses: which of them failed (or, inverted, matched), by index. */
function combined(op: '$and' | '$or' | '$nor', children: Clause[]): Clause {
  const matches = (subject: Subject) =>
    op === '$and'
      ? children.every((c) => c.matches(subject))
      : op === '$or'
        ? children.some((c) => c.matches(subject))
        : !children.some((c) => c.matches(subject));
  return {
    matches,
    explain(subject, inverted) {
      // A $nor's clauses are explained inverted: it fails because some matched.
      const childInverted = op === '$nor' ? !inverted : inverted;
      const listed = children.map((child, index) => ({ index, child })).filter(({ child }) => child.matches(subject) === childInverted);
      return {
        operatorName: op,
        [inverted ? 'clausesSatisfied' : 'clausesNotSatisfied']: listed.map(({ index, child }) => ({ index, details: child.explain(subject, childInverted) })),
      };
    },
  };
}

function logicalClause(op: '$and' | '$or' | '$nor', operand: unknown): Clause {
  if (!Array.isArray(operand) || operand.length === 0) throw badValue(`${op} must be a nonempty array`);
  return combined(
    op,
    operand.map((f) => node(f as Document)),
  );
}

function clausesOf(filter: Document): Clause[] {
  const clauses: Clause[] = [];
  for (const [key, operand] of Object.entries(filter)) {
    if (key === '$comment') continue;
    if (NOT_ALLOWED.has(key)) throw badValue(`${key} is not allowed in collection validators`);
    if (key === '$and' || key === '$or' || key === '$nor') clauses.push(logicalClause(key, operand));
    else if (key === '$expr') clauses.push(exprClause(operand));
    else if (key === '$jsonSchema') clauses.push(schemaClause(operand));
    else if (key.startsWith('$')) throw badValue(`unknown top level operator: ${key}`);
    else if (!isOperatorObject(operand)) clauses.push(fieldClause(key, '$eq', { [key]: operand }));
    else {
      for (const [op, value] of Object.entries(operand)) {
        if (op === '$options') continue;
        if (NOT_ALLOWED.has(op)) throw badValue(`${op} is not allowed in collection validators`);
        if (op === '$not') clauses.push(notClause(key, value));
        else {
          const spec = op === '$regex' && '$options' in operand ? { $regex: value, $options: operand.$options } : { [op]: value };
          clauses.push(fieldClause(key, op, { [key]: spec }));
        }
      }
    }
  }
  return clauses;
}

/** A filter document: its clauses joined by an implicit `$and`, explained as that `$and` unless it has one clause. */
function node(filter: Document): Clause {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) throw typeMismatch('a validator clause must be an object');
  const clauses = clausesOf(filter);
  return clauses.length === 1 ? clauses[0]! : combined('$and', clauses);
}

/** A validator: undefined when a document satisfies it, otherwise errInfo.details. */
export type Validator = (subject: Subject) => Document | undefined;

export function compileValidator(validator: unknown): Validator {
  if (validator === null || typeof validator !== 'object' || Array.isArray(validator)) throw typeMismatch("'validator' must be an object");
  if (Object.keys(validator).length === 0) return () => undefined;
  const root = node(validator as Document);
  return (subject) => (root.matches(subject) ? undefined : root.explain(subject, false));
}
