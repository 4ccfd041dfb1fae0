/** The comparison engine's public surface (what the GraphQL layer imports). */
export { compareModels } from './compare.ts';
export { COMPARISON_RULES } from './rules.ts';
export {
  assertValidModelReferences,
  comparedModelIdsSchema,
  ComparisonInputError,
  MAX_COMPARED_MODELS,
  MIN_COMPARED_MODELS,
  MODELS_ARGUMENT,
  validateModelReferences,
} from './validate.ts';
export { USE_CASE_RULES } from './use-cases.ts';
export type * from './types.ts';
export { USE_CASES, VERDICT_KINDS } from './types.ts';
