/** Labs (who made the models) and providers (who serve them). */
import type { Lab, Model, Provider } from '../../domain/catalog.ts';
import { byKey } from '../../domain/util/sorting.ts';
import type { ApiRecord } from '../formats/models-dev.ts';
import { type BuildContext, recordsOf } from './context.ts';
import { OPENROUTER } from './listings.ts';

/** Every lab a model names, and every lab a provider is the API of. */
export function labsOf(ctx: BuildContext, models: Model[]): Lab[] {
  const ids = new Set(models.map((m) => m.labId));
  for (const table of Object.values(ctx.tables.providers.providers)) if (table.labId) ids.add(table.labId);
  return [...ids].map((id) => ({ id, name: ctx.tables.labs[id]?.name ?? id, url: ctx.tables.labs[id]?.url ?? null })).sort(byKey((lab) => lab.id));
}

export function providersOf(ctx: BuildContext): Provider[] {
  const providers = new Map<string, Provider>();
  const add = (id: string, name: string, docUrl: string | null) => {
    const facts = ctx.providerFacts(id);
    providers.set(id, { id, name, docUrl, defaultPricingKind: facts.kind, labId: facts.labId });
  };
  for (const { value } of recordsOf<ApiRecord>(ctx.sources, 'models-dev/api')) {
    if ('provider' in value) add(value.provider.id, value.provider.name, value.provider.doc ?? null);
  }
  if (!providers.has(OPENROUTER) && (ctx.sources['openrouter/models']?.length ?? 0) > 0) add(OPENROUTER, 'OpenRouter', 'https://openrouter.ai/docs');
  return [...providers.values()].sort(byKey((provider) => provider.id));
}
