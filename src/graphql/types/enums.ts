import { MODALITIES, type ModelAvailability, PEER_GROUPS, PRICING_KINDS } from '../../domain/catalog.ts';
import { MODEL_STATUS_RULES } from '../../domain/model-status.ts';
import { builder } from '../builder.ts';

/** Enum values with a description each, from `{ VALUE: 'description' }`. */
export const describedValues = <Value extends string>(descriptions: Record<Value, string>) =>
  Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [value, { description }])) as Record<Value, { description: string }>;

export const ModalityEnum = builder.enumType('Modality', {
  values: Object.fromEntries(MODALITIES.map((modality) => [modality.toUpperCase(), { value: modality }])) as Record<
    Uppercase<(typeof MODALITIES)[number]>,
    { value: (typeof MODALITIES)[number] }
  >,
});

export const PeerGroupEnum = builder.enumType('PeerGroup', {
  description: 'The kind of work a model does; ranks and price scales only compare models of one group.',
  values: PEER_GROUPS,
});

export const ModelAvailabilityEnum = builder.enumType('ModelAvailability', {
  description: 'Whether any provider in the data lists the model.',
  values: describedValues<ModelAvailability>({
    OFFERED: 'At least one provider lists it (see offerings).',
    NOT_OFFERED: 'No provider in the data lists it: it is known from a leaderboard, so it has benchmark results but no offering and no price.',
  }),
});

export const PricingKindEnum = builder.enumType('PricingKind', {
  description:
    'How an offering is paid for. Only PAY_PER_USE prices are per-call prices; a 0 on a subscription ' +
    'plan, a local runtime or a free tier is not "free per call".',
  values: PRICING_KINDS,
});

export const NullReasonEnum = builder.enumType('NullReason', {
  description: 'Why a figure is null: it does not apply to this model, or the sources do not say.',
  values: ['NOT_APPLICABLE', 'UNKNOWN'] as const,
});

export const ModelStatusEnum = builder.enumType('ModelStatus', {
  description: 'What a reader must know beside a model’s rank or in a comparison; a generally available model has none.',
  values: describedValues(MODEL_STATUS_RULES),
});
