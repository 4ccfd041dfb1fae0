/** Benchmark results: models.dev's per-model benchmark claims and the LMArena leaderboards, each attached to a model with certainty. */
import type { BenchmarkResult } from '../../domain/catalog.ts';
import { byKey, byKeyDescending, thenBy } from '../../domain/util/sorting.ts';
import type { ArenaHistoryEntry, ArenaRow, Leaderboard } from '../formats/lmarena.ts';
import type { ModelsDevBenchmark, ModelsDevModel } from '../formats/models-dev.ts';
import { type BuildContext, recordsOf, slug } from './context.ts';

export interface UnmappedArenaName {
  leaderboard: string;
  name: string;
  reason: string;
}

export interface BenchmarkResults {
  results: BenchmarkResult[];
  unmapped: UnmappedArenaName[];
  /** The arena display names each model was found under (they become its aliases). */
  arenaAliases: Map<string, Set<string>>;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function resolveArenaName(ctx: BuildContext, name: string, organization: string): { modelId: string } | { modelId: null; reason: string } {
  const aliased = ctx.index.lookupAlias(name);
  if (aliased) return { modelId: aliased };
  const org = organization.trim().toLowerCase();
  const labId = ctx.tables.aliases.labAliases[org] ?? slug(org);
  const spelled = name.trim().toLowerCase().replace(/\s+/g, '-');
  if (/[()]/.test(spelled)) return { modelId: null, reason: 'display name with a qualifier; not in the alias table' };
  const resolution = ctx.index.resolve({ providerId: 'lmarena', rawId: `${labId}/${spelled}`, providerLabId: null });
  return resolution.modelId !== null ? { modelId: resolution.modelId } : { modelId: null, reason: resolution.reason };
}

/** The results on models in `modelIds`; of two results with one id, the first (best-attested) is kept. */
export function benchmarkResultsOf(ctx: BuildContext, modelIds: ReadonlySet<string>): BenchmarkResults {
  const results = new Map<string, BenchmarkResult>();
  const add = (result: BenchmarkResult) => {
    if (!results.has(result.id)) results.set(result.id, result);
  };
  const labDomains = (labId: string) => ctx.tables.labs[labId]?.domains ?? [];
  for (const { value, observedAt } of recordsOf<ModelsDevModel>(ctx.sources, 'models-dev/models').sort(byKey((record) => record.key))) {
    const own = value.id.toLowerCase();
    const modelId = ctx.foldedInto.get(own) ?? own;
    if (!modelIds.has(modelId)) continue;
    for (const benchmark of value.benchmarks ?? []) {
      const host = hostOf(benchmark.source);
      const selfReported = host !== null && labDomains(modelId.split('/')[0]!).some((domain) => host === domain || host.endsWith(`.${domain}`));
      add(modelsDevBenchmark(modelId, value.id, benchmark, observedAt, selfReported));
    }
  }

  const unmapped: UnmappedArenaName[] = [];
  const arenaAliases = new Map<string, Set<string>>();
  const mapName = (leaderboard: string, name: string, organization: string, reported: Set<string>): string | null => {
    const resolution = resolveArenaName(ctx, name, organization);
    if (resolution.modelId === null) {
      if (!reported.has(name)) {
        reported.add(name);
        unmapped.push({ leaderboard, name, reason: resolution.reason });
      }
      return null;
    }
    const aliases = arenaAliases.get(resolution.modelId) ?? new Set();
    aliases.add(name);
    arenaAliases.set(resolution.modelId, aliases);
    return resolution.modelId;
  };

  // Most votes first: when two names land on one model, the better-attested score is kept.
  const mostVotesFirst = thenBy<{ key: string; value: { votes: number } }>(
    byKeyDescending((record) => record.value.votes),
    byKey((record) => record.key),
  );
  for (const board of ['text', 'vision', 'image'] as Leaderboard[]) {
    const reported = new Set<string>();
    for (const { value, observedAt } of recordsOf<ArenaRow>(ctx.sources, `lmarena/${board}`).sort(mostVotesFirst)) {
      const modelId = mapName(`lmarena-${board}`, value.model, value.organization, reported);
      if (modelId) add(arenaResult(modelId, board, value.model, value.arena_score, value.votes, observedAt, observedAt, value.ci));
    }
  }
  const reported = new Set<string>();
  for (const { value, observedAt } of recordsOf<ArenaHistoryEntry>(ctx.sources, 'lmarena/text-history').sort(mostVotesFirst)) {
    const modelId = mapName('lmarena-text-history', value.model, value.organization, reported);
    if (modelId) add(arenaResult(modelId, 'text', value.model, value.score, value.votes, value.date, observedAt, null));
  }
  return { results: [...results.values()].sort(byKey((result) => result.id)), unmapped, arenaAliases };
}

function modelsDevBenchmark(modelId: string, sourceModelId: string, benchmark: ModelsDevBenchmark, observedAt: string, selfReported: boolean): BenchmarkResult {
  const qualifiers = [benchmark.dataset, benchmark.variant, benchmark.harness, benchmark.version].filter((q) => q !== undefined).map(String);
  const benchmarkId = slug([benchmark.name, ...qualifiers].join(' '));
  const date = benchmark.date ?? null;
  return {
    id: `${modelId}|${benchmarkId}|${date ?? 'undated'}`,
    modelId,
    benchmarkId,
    benchmarkName: qualifiers.length ? `${benchmark.name} (${qualifiers.join(', ')})` : benchmark.name,
    score: benchmark.score,
    metric: benchmark.metric ?? 'score',
    higherIsBetter: true,
    configuration: null,
    release: null,
    date,
    sourceUrl: benchmark.source ?? null,
    votes: null,
    ciLower: null,
    ciUpper: null,
    provenance: { source: 'models.dev', sourceId: `${sourceModelId}#${benchmarkId}`, observedAt, selfReported, url: benchmark.source ?? null },
  };
}

const ARENA_NAMES: Record<Leaderboard, string> = { text: 'LMArena Text Arena', vision: 'LMArena Vision Arena', image: 'LMArena Text-to-Image Arena' };

function arenaResult(
  modelId: string,
  board: Leaderboard,
  name: string,
  score: number,
  votes: number,
  date: string,
  observedAt: string,
  ci: { plus: number; minus: number } | null,
): BenchmarkResult {
  const benchmarkId = `lmarena-${board}`;
  const url = `https://lmarena.ai/leaderboard/${board === 'image' ? 'text-to-image' : board}`;
  return {
    id: `${modelId}|${benchmarkId}|${date}`,
    modelId,
    benchmarkId,
    benchmarkName: ARENA_NAMES[board],
    score,
    metric: 'arena score (Elo scale)',
    higherIsBetter: true,
    configuration: null,
    release: null,
    date,
    sourceUrl: url,
    votes,
    ciLower: ci ? score - ci.minus : null,
    ciUpper: ci ? score + ci.plus : null,
    provenance: { source: 'lmarena', sourceId: `${benchmarkId}:${name}`, observedAt, selfReported: false, url },
  };
}
