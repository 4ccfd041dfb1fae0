/** Arguments several fields share, defined once so they read and validate the same everywhere. */
import { usageInputSchema } from '../domain/cost/usage.ts';
import { UsageInputRef } from './types/usage-input.ts';

/** `offering:` of costEstimate, Model.cost and compare. */
export const offeringArg = {
  defaultValue: 'CANONICAL',
  description:
    'CANONICAL (the lab’s own offering, default), CHEAPEST (lowest monthly total at this usage among ' +
    'pay-per-use offerings with known, plausible prices), in any case, or a provider slug (an unknown slug is BAD_USER_INPUT with the closest ones).',
  validate: { minLength: 1, maxLength: 200 },
} as const;

/** `usage:` of every field that prices a workload, validated with the cost engine's own schema (errors name `usage.<field>`). */
export const usageArg = { type: UsageInputRef, validate: { schema: usageInputSchema } } as const;

/** A model's id as lookups and computations take it: canonical id, alias or Relay global id. */
export const modelIdArg = { required: true, validate: { type: 'string', minLength: 1, maxLength: 300 } } as const;

/** `allowExceedingLimits:` of every field that prices a workload. */
export const allowExceedingLimitsArg = {
  defaultValue: false,
  description:
    'Price a request larger than the offering’s context window, input limit or maximum output anyway (the estimate keeps the REQUEST_EXCEEDS_* warning). ' +
    'Without it such a request is refused: BAD_USER_INPUT naming usage, with the limit (extensions.reason REQUEST_EXCEEDS_LIMITS); in a comparison, that model’s cost row says so.',
} as const;
