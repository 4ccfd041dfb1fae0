/**
 * A command's `let` (and an update statement's `c`): user variables its filter (through $expr),
 * projection, pipeline and update pipeline read as `$$name`. Each value is an expression evaluated
 * once, without a document; names follow MongoDB's rules for user variables.
 */
import type { Document } from 'bson';
import { MongoCommandError, typeMismatch } from './errors.ts';
import { type Evaluation, evaluate } from './query.ts';

const isAsciiLower = (c: string) => c >= 'a' && c <= 'z';
const isNonAscii = (c: string) => c.charCodeAt(0) > 0x7f;
const isNameChar = (c: string) => isAsciiLower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || isNonAscii(c);

export function assertUserVariableName(name: string): void {
  if (name === '') throw new MongoCommandError(16866, 'Location16866', 'empty variable names are not allowed');
  if (!isAsciiLower(name[0]!) && !isNonAscii(name[0]!)) {
    throw new MongoCommandError(16867, 'Location16867', `'${name}' starts with an invalid character for a user variable name`);
  }
  for (const c of name.slice(1)) {
    if (!isNameChar(c)) throw new MongoCommandError(16868, 'Location16868', `'${name}' contains an invalid character for a variable name: '${c}'`);
  }
}

/** The variables a `let` document defines, added to those already defined; undefined when there are none. */
export function defineVariables(spec: unknown, field: string, outer?: Evaluation): Document | undefined {
  if (spec === undefined || spec === null) return outer?.variables;
  if (typeof spec !== 'object' || Array.isArray(spec)) throw typeMismatch(`${field} must be an object`);
  const variables: Document = { ...outer?.variables };
  for (const [name, expr] of Object.entries(spec)) {
    assertUserVariableName(name);
    variables[name] = evaluate(expr, outer);
  }
  return variables;
}
