/**
 * Document validation as writes apply it: a collection's `validator` checked on every insert and
 * update unless the write bypasses it; `validationLevel` "moderate" spares updates of documents
 * that were already invalid, "off" checks nothing; `validationAction` "warn" lets an invalid
 * document in (mongod would log it; the store has no log). A refused document is
 * DocumentValidationFailure (121) with errInfo `{ failingDocumentId, details }`.
 */
import { BSON, type Document } from 'bson';
import { typedCopy } from './bson-types.ts';
import { badValue, MongoCommandError } from './errors.ts';
import { compileValidator, type Subject, type Validator } from './validator.ts';

const LEVELS = ['off', 'strict', 'moderate'] as const;
const ACTIONS = ['error', 'warn'] as const;

function enumOption<T extends string>(options: Document, field: string, allowed: readonly T[]): T | undefined {
  const value = options[field];
  if (value === undefined) return undefined;
  if (!(allowed as readonly unknown[]).includes(value)) throw badValue(`Enumeration value '${String(value)}' for field '${field}' is not a valid value.`);
  return value as T;
}

/** A document and its bytes, typed only when an explanation or `$jsonSchema` needs the exact BSON types. */
function subject(doc: Document, raw: Uint8Array): Subject {
  let typed: Document | undefined;
  return {
    doc,
    get typed() {
      typed ??= typedCopy(raw);
      return typed;
    },
  };
}

export class DocumentValidation {
  readonly #validator: Validator;
  readonly #level: 'strict' | 'moderate';
  readonly #warnOnly: boolean;

  private constructor(validator: Validator, level: 'strict' | 'moderate', warnOnly: boolean) {
    this.#validator = validator;
    this.#level = level;
    this.#warnOnly = warnOnly;
  }

  /** The validation a collection's options ask for (validated as create and collMod validate them), if any. */
  static of(options: Document): DocumentValidation | undefined {
    const level = enumOption(options, 'validationLevel', LEVELS) ?? 'strict';
    const action = enumOption(options, 'validationAction', ACTIONS) ?? 'error';
    if (options.validator === undefined) return undefined;
    const validator = compileValidator(options.validator);
    return level === 'off' ? undefined : new DocumentValidation(validator, level, action === 'warn');
  }

  /** Throws 121 unless `doc` (stored as `raw`) may be written; `previous` is the stored version an update replaces. */
  check(doc: Document, raw: Uint8Array, previous?: Uint8Array): void {
    if (previous && this.#level === 'moderate' && this.#validator(subject(BSON.deserialize(previous), previous))) return;
    const details = this.#validator(subject(doc, raw));
    if (!details || this.#warnOnly) return;
    throw new MongoCommandError(121, 'DocumentValidationFailure', 'Document failed validation', { errInfo: { failingDocumentId: doc._id, details } });
  }
}
