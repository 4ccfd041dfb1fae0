import type { Lab } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';
import { catalogKey, loadNodesWith } from '../ids.ts';

export const LabRef = builder.objectRef<Lab>('Lab');

builder.node(LabRef, {
  description: 'Who made a model (openai, anthropic, black-forest-labs …).',
  id: { resolve: (lab) => lab.id },
  loadMany: loadNodesWith((context) => context.loaders.labById),
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'The lab id used in canonical model ids (`openai` in `openai/gpt-5`).' }),
    name: t.exposeString('name'),
    url: t.exposeString('url', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  labs: t.field({
    type: [LabRef],
    description: 'Every lab in the catalog, by name.',
    // The seed has 90.
    extensions: { listSize: 100 },
    resolve: (_root, _args, context) => context.catalog.allLabs(),
  }),
  lab: t.field({
    type: LabRef,
    nullable: true,
    description: 'A lab by slug (`openai`) or global id; null when there is no such lab.',
    args: { id: t.arg.id({ required: true, validate: { type: 'string', minLength: 1, maxLength: 200 } }) },
    resolve: (_root, { id }, context) => context.loaders.labById.load(catalogKey(String(id), 'Lab')),
  }),
}));
