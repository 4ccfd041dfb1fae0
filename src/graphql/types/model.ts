import { latestResults } from '../../domain/benchmark-series.ts';
import { capabilitiesNotApplicable } from '../../domain/capability-applicability.ts';
import type { Model } from '../../domain/catalog.ts';
import { statusLabel, statusOf } from '../../domain/model-status.ts';
import { modelIdArg } from '../args.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { catalogKey, loadNodesWith } from '../ids.ts';
import { BenchmarkResultRef } from './benchmark-result.ts';
import { CapabilitiesRef, CapabilityEnum } from './capabilities.ts';
import { ModalityEnum, ModelAvailabilityEnum, ModelStatusEnum, PeerGroupEnum } from './enums.ts';
import { LabRef } from './lab.ts';
import { LimitsRef } from './limits.ts';
import { OfferingRef } from './offering.ts';
import { OfferingPriceRef } from './price.ts';
import { ProvenanceRef } from './provenance.ts';

export const ModelRef = builder.objectRef<Model>('Model');

/** Through the model's offerings, so a page showing offerings and canonical prices reads offerings once. */
async function canonicalOffering(model: Model, context: Context) {
  if (!model.canonicalOfferingId) return null;
  return (await context.loaders.offeringsByModelId.load(model.id)).find((offering) => offering.id === model.canonicalOfferingId) ?? null;
}

builder.node(ModelRef, {
  description: 'One provider-agnostic model identity, e.g. `openai/gpt-5`, with what every source says about it.',
  id: { resolve: (model) => model.id },
  loadMany: loadNodesWith((context) => context.loaders.modelById),
  fields: (t) => ({
    canonicalId: t.exposeString('id', { description: 'Canonical `lab/model` id, e.g. `openai/gpt-5`.' }),
    name: t.exposeString('name'),
    lab: t.field({ type: LabRef, resolve: async (model, _args, context) => (await context.loaders.labById.load(model.labId))! }),
    family: t.exposeString('family', { nullable: true }),
    aliases: t.exposeStringList('aliases', { description: 'The ids this model has in other sources and at providers.' }),
    releaseDate: t.field({ type: 'PartialDate', nullable: true, resolve: (model) => model.releaseDate }),
    knowledgeCutoff: t.field({ type: 'PartialDate', nullable: true, resolve: (model) => model.knowledgeCutoff }),
    openWeights: t.exposeBoolean('openWeights', { nullable: true }),
    license: t.exposeString('license', { nullable: true }),
    inputModalities: t.field({ type: [ModalityEnum], resolve: (model) => model.modalities.input }),
    outputModalities: t.field({ type: [ModalityEnum], resolve: (model) => model.modalities.output }),
    peerGroup: t.field({ type: PeerGroupEnum, description: 'The primary peer group (the first of peerGroups).', resolve: (model) => model.peerGroup }),
    peerGroups: t.field({
      type: [PeerGroupEnum],
      description:
        'Every peer group the model is scored and ranked in, the primary one first (a chat model that generates images is in TEXT and IMAGE_GENERATION).',
      resolve: (model) => model.peerGroups,
    }),
    availability: t.field({ type: ModelAvailabilityEnum, resolve: (model) => model.availability }),
    status: t.field({
      type: [ModelStatusEnum],
      description: 'Preview, retired by its lab, not offered; empty for a generally available model. Shown beside its ranks (Rank.label) and in comparisons.',
      resolve: (model) => statusOf(model).notes,
    }),
    statusLabel: t.string({
      nullable: true,
      description: '"retired preview", "not offered" …; null for a generally available model.',
      resolve: (model) => statusLabel(statusOf(model)) || null,
    }),
    retiredOn: t.field({
      type: 'LocalDate',
      nullable: true,
      description: 'RETIRED by its lab: the day the lab’s last own listing was removed.',
      resolve: (model) => statusOf(model).retiredOn,
    }),
    limits: t.field({ type: LimitsRef, resolve: (model) => model.limits }),
    capabilities: t.field({ type: CapabilitiesRef, resolve: (model) => model.capabilities }),
    capabilitiesNotApplicable: t.field({
      type: [CapabilityEnum],
      description:
        'Capabilities that do not apply to this model, rather than missing (function calling and structured output for a model that writes no text, e.g. an image generator).',
      resolve: (model) => capabilitiesNotApplicable(model),
    }),
    canonicalOffering: t.field({
      type: OfferingRef,
      nullable: true,
      description: "The lab's own offering, whose price is the model's canonical price.",
      resolve: (model, _args, context) => canonicalOffering(model, context),
    }),
    canonicalPrice: t.field({
      type: OfferingPriceRef,
      nullable: true,
      resolve: async (model, _args, context) => (await canonicalOffering(model, context))?.price ?? null,
    }),
    offerings: t.field({
      type: [OfferingRef],
      description: 'Every provider listing mapped to this model with certainty.',
      // What the operation-cost rule counts this list as: the seed's 95th percentile (median 3, max 56).
      extensions: { listSize: 27 },
      resolve: (model, _args, context) => context.loaders.offeringsByModelId.load(model.id),
    }),
    benchmarkResults: t.field({
      type: [BenchmarkResultRef],
      description: 'The current result on each benchmark (the latest dated one); earlier results are in benchmarkHistory.',
      // The seed's 95th percentile of results per model (median 41, max 159).
      extensions: { listSize: 91 },
      resolve: async (model, _args, context) => latestResults(await context.loaders.benchmarkResultsByModelId.load(model.id)),
    }),
    provenance: t.field({ type: [ProvenanceRef], resolve: (model) => model.provenance }),
  }),
});

builder.queryField('model', (t) =>
  t.field({
    type: ModelRef,
    nullable: true,
    description: 'A model by canonical id (`openai/gpt-5`), any alias (`gpt-5`, `anthropic/claude-opus-4.5`) or global id; null when none matches.',
    args: { id: t.arg.id(modelIdArg) },
    resolve: (_root, { id }, context) => context.loaders.modelById.load(catalogKey(String(id), 'Model')),
  }),
);
