import type { ComparedModel } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { PeerGroupEnum } from '../enums.ts';
import { ModelRef } from '../model.ts';

export const ComparedModelRef = builder.objectRef<ComparedModel>('ComparedModel').implement({
  fields: (t) => ({
    requestedId: t.exposeString('requestedId', { description: 'The id as the request wrote it (may be an alias).' }),
    modelId: t.exposeString('modelId', { description: 'The canonical id it resolved to.' }),
    name: t.exposeString('name'),
    peerGroup: t.field({ type: PeerGroupEnum, resolve: (model) => model.peerGroup }),
    model: t.field({ type: ModelRef, resolve: async (model, _args, context) => (await context.loaders.modelById.load(model.modelId))! }),
  }),
});
