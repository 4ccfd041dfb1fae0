/** The import report's per-source account: of each source's rows, how many were mapped, created a model, or stayed unmapped. */
import type { Offering } from '../../domain/catalog.ts';
import type { SourceRowCounts } from '../../domain/ingest-report.ts';
import type { SourceKind } from '../formats/source-file.ts';
import type { BenchmarkResults } from './benchmarks.ts';
import type { BuildContext } from './context.ts';

const counts = (source: SourceKind, rows: number, attached: number, created: number): SourceRowCounts => ({
  source,
  rows,
  mapped: attached - created,
  created,
  unmapped: rows - attached,
});

export function sourceRowCounts(ctx: BuildContext, offerings: readonly Offering[], arena: BenchmarkResults['arenaRows']): SourceRowCounts[] {
  const definedBy = new Map<string, number>();
  const define = (key: string) => definedBy.set(key, (definedBy.get(key) ?? 0) + 1);
  for (const { definition } of ctx.drafts.values()) {
    if (definition.kind === 'models.dev') define('models-dev/models');
    else if (definition.kind === 'listing') define(`offering:${definition.listing.offeringId}`);
    else define(definition.arena.sourceId.slice(0, definition.arena.sourceId.indexOf(':')));
  }
  const modelsJsonRows = ctx.sources['models-dev/models']?.length ?? 0;
  const result = [counts('models-dev/models', modelsJsonRows, modelsJsonRows, definedBy.get('models-dev/models') ?? 0)];
  for (const kind of ['models-dev/api', 'openrouter/models'] as const) {
    const own = offerings.filter((offering) => (offering.provenance.source === 'openrouter') === (kind === 'openrouter/models'));
    const attached = own.filter((offering) => offering.modelId !== null);
    const created = attached.filter((offering) => definedBy.has(`offering:${offering.id}`)).length;
    result.push(counts(kind, own.length, attached.length, created));
  }
  for (const [kind, { rows, resolved }] of [...arena].sort(([a], [b]) => (a < b ? -1 : 1))) {
    result.push(counts(kind, rows, resolved, definedBy.get(kind) ?? 0));
  }
  return result;
}
