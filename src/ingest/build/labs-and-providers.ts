/** Labs (who made the models) and providers (who serve them). */
import type { Lab, Model, Provider } from '../../domain/catalog.ts';
import { byKey } from '../../domain/util/sorting.ts';
import type { ApiRecord } from '../formats/models-dev.ts';
import { arenaLab, arenaRows } from './arena.ts';
import { type BuildContext, recordsOf } from './context.ts';
import { OPENROUTER } from './listings.ts';

/** How LMArena writes each organisation it names (`01 AI`, `Reka AI`): a lab's name when labs.json has none. */
function arenaOrganisations(ctx: BuildContext): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of arenaRows(ctx)) if (!row.history && row.organization) names.set(arenaLab(ctx, row.organization), row.organization);
  return names;
}

/** Every lab a model names, and every lab a provider is the API of. */
export function labsOf(ctx: BuildContext, models: Model[]): Lab[] {
  const ids = new Set(models.map((m) => m.labId));
  for (const table of Object.values(ctx.tables.providers.providers)) if (table.labId) ids.add(table.labId);
  const organisations = arenaOrganisations(ctx);
  const nameOf = (id: string) => ctx.tables.labs[id]?.name ?? organisations.get(id) ?? id;
  return [...ids].map((id) => ({ id, name: nameOf(id), url: ctx.tables.labs[id]?.url ?? null })).sort(byKey((lab) => lab.id));
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
