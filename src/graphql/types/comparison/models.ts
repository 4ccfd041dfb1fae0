import type { ComparedModel } from '../../../domain/comparison/types.ts';
import { statusLabel } from '../../../domain/model-status.ts';
import { builder } from '../../builder.ts';
import { ModelStatusEnum, PeerGroupEnum } from '../enums.ts';
import { ModelRef } from '../model.ts';

export const ComparedModelRef = builder.objectRef<ComparedModel>('ComparedModel').implement({
  fields: (t) => ({
    requestedId: t.exposeString('requestedId', { description: 'The id as the request wrote it (may be an alias).' }),
    modelId: t.exposeString('modelId', { description: 'The canonical id it resolved to.' }),
    name: t.exposeString('name'),
    peerGroup: t.field({ type: PeerGroupEnum, resolve: (model) => model.peerGroup }),
    status: t.field({
      type: [ModelStatusEnum],
      description: 'Preview, retired by its lab, not offered; empty for a generally available model (the summary says it too).',
      resolve: (model) => model.status,
    }),
    statusLabel: t.string({ nullable: true, resolve: (model) => statusLabel({ notes: model.status, retiredOn: model.retiredOn }) || null }),
    retiredOn: t.field({ type: 'LocalDate', nullable: true, resolve: (model) => model.retiredOn }),
    model: t.field({ type: ModelRef, resolve: async (model, _args, context) => (await context.loaders.modelById.load(model.modelId))! }),
  }),
});
