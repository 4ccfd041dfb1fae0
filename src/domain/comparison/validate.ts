/**
 * The one set of rules for which model lists can be compared. The GraphQL layer checks the list
 * length with `comparedModelIdsSchema` (@pothos/plugin-zod) and, after resolving aliases to
 * canonical ids, the rest with `validateModelReferences`; `compareModels` re-checks the same rules
 * so that the engine can never be handed a list the API would refuse.
 */
import { z } from 'zod';
import type { ComparisonArgumentError, ModelReference } from './types.ts';

export const MIN_COMPARED_MODELS = 2;
export const MAX_COMPARED_MODELS = 5;
/** The GraphQL argument name the error paths refer to. */
export const MODELS_ARGUMENT = 'models';

const countMessage = `compare ${MIN_COMPARED_MODELS} to ${MAX_COMPARED_MODELS} models`;

// Validation only, no transforms (like the usage schema): the ids Pothos passes on are the caller's own.
export const comparedModelIdsSchema = z
  .array(z.string().regex(/\S/, { error: 'must be a model id, not empty' }))
  .min(MIN_COMPARED_MODELS, { error: countMessage })
  .max(MAX_COMPARED_MODELS, { error: countMessage });

/**
 * Every problem with a resolved list, each naming its argument item (`models[2]`). A duplicate is
 * reported on the later item and names the earlier one, also when only the aliases differ.
 */
export function validateModelReferences(references: readonly ModelReference[]): ComparisonArgumentError[] {
  const errors: ComparisonArgumentError[] = [];
  if (references.length < MIN_COMPARED_MODELS || references.length > MAX_COMPARED_MODELS) {
    errors.push({
      argument: MODELS_ARGUMENT,
      code: references.length < MIN_COMPARED_MODELS ? 'TOO_FEW_MODELS' : 'TOO_MANY_MODELS',
      message: `${countMessage}; got ${references.length}`,
    });
  }
  const firstIndexById = new Map<string, number>();
  references.forEach(({ requestedId, resolvedId }, index) => {
    const argument = `${MODELS_ARGUMENT}[${index}]`;
    if (resolvedId === null) {
      errors.push({ argument, code: 'UNKNOWN_MODEL', message: `no model has the id or alias "${requestedId}"` });
      return;
    }
    const firstIndex = firstIndexById.get(resolvedId);
    if (firstIndex === undefined) {
      firstIndexById.set(resolvedId, index);
      return;
    }
    const first = references[firstIndex]!;
    const via = requestedId === resolvedId && first.requestedId === resolvedId ? '' : ` (both are ${resolvedId})`;
    errors.push({
      argument,
      code: 'DUPLICATE_MODEL',
      message: `"${requestedId}" is the same model as ${MODELS_ARGUMENT}[${firstIndex}] "${first.requestedId}"${via}`,
    });
  });
  return errors;
}

export class ComparisonInputError extends Error {
  readonly errors: ComparisonArgumentError[];

  constructor(errors: ComparisonArgumentError[]) {
    super(errors.map((error) => `${error.argument}: ${error.message}`).join('; '));
    this.name = 'ComparisonInputError';
    this.errors = errors;
  }
}

/** Throws `ComparisonInputError` listing every problem, or returns quietly. */
export function assertValidModelReferences(references: readonly ModelReference[]): void {
  const errors = validateModelReferences(references);
  if (errors.length > 0) throw new ComparisonInputError(errors);
}
