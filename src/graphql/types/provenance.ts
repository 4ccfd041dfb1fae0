import type { Provenance } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';

export const SourceEnum = builder.enumType('Source', {
  description: 'An outside source of catalog facts.',
  values: {
    MODELS_DEV: { value: 'models.dev', description: 'models.dev catalog (providers, prices, limits, benchmarks).' },
    OPENROUTER: { value: 'openrouter', description: "OpenRouter's /api/v1/models listing." },
    LMARENA: { value: 'lmarena', description: 'LMArena leaderboards (Elo-style arena scores with 95% CI).' },
    ALIAS_TABLE: { value: 'alias-table', description: "This project's reviewed alias table (seed/aliases.json)." },
  } as const,
});

export const ProvenanceRef = builder.objectRef<Provenance>('Provenance').implement({
  description: 'Where an imported figure came from.',
  fields: (t) => ({
    source: t.field({ type: SourceEnum, resolve: (provenance) => provenance.source }),
    sourceId: t.exposeString('sourceId', { description: "The record's id in that source." }),
    observedAt: t.field({ type: 'LocalDate', description: 'The day the source was observed.', resolve: (p) => p.observedAt }),
    selfReported: t.exposeBoolean('selfReported', { description: 'True when the lab reported the figure about its own model.' }),
    url: t.exposeString('url', { nullable: true }),
  }),
});
