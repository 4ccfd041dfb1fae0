/** Benchmark results: models.dev's per-model benchmark claims and the LMArena leaderboards, each attached to a model with certainty. */
import type { BenchmarkResult } from '../../domain/catalog.ts';
import { byKey, byKeyDescending, thenBy } from '../../domain/util/sorting.ts';
import type { Leaderboard } from '../formats/lmarena.ts';
import type { ModelsDevBenchmark, ModelsDevModel } from '../formats/models-dev.ts';
import type { SourceKind } from '../formats/source-file.ts';
import { type ArenaRowRef, arenaKindOf, arenaResolver, arenaRows, arenaSourceOf } from './arena.ts';
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
  /** Per arena source kind: its rows and how many of them name a catalog model. */
  arenaRows: Map<SourceKind, { rows: number; resolved: number }>;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
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
  const resolve = arenaResolver(ctx);
  const reported = new Set<string>();
  const counts = new Map<SourceKind, { rows: number; resolved: number }>();
  // Most votes first: when two names land on one model, the better-attested score is kept.
  for (const row of arenaRows(ctx).sort(mostVotesFirst)) {
    const resolution = resolve(row);
    const leaderboard = arenaSourceOf(row);
    const count = counts.get(arenaKindOf(row)) ?? { rows: 0, resolved: 0 };
    counts.set(arenaKindOf(row), { rows: count.rows + 1, resolved: count.resolved + (resolution.modelId === null ? 0 : 1) });
    if (resolution.modelId === null) {
      if (!reported.has(`${leaderboard}|${row.name}`)) {
        reported.add(`${leaderboard}|${row.name}`);
        unmapped.push({ leaderboard, name: row.name, reason: resolution.reason });
      }
      continue;
    }
    const aliases = arenaAliases.get(resolution.modelId) ?? new Set();
    aliases.add(row.name);
    arenaAliases.set(resolution.modelId, aliases);
    add(arenaResult(resolution.modelId, row, resolution));
  }
  return { results: [...results.values()].sort(byKey((result) => result.id)), unmapped, arenaAliases, arenaRows: counts };
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

/**
 * Most votes first; of equal rows, the board's (with its interval) before the history's copy of its
 * last snapshot; then by name, so the same sources always keep the same results.
 */
const mostVotesFirst = thenBy<ArenaRowRef>(
  byKeyDescending((row) => row.votes),
  byKey((row) => Number(row.history)),
  byKey((row) => `${row.board}|${row.date}|${row.name}`),
);

function arenaResult(modelId: string, row: ArenaRowRef, variant: { configuration: string | null; release: string | null }): BenchmarkResult {
  const { board, name, score, votes, date, observedAt, ci } = row;
  const { configuration, release } = variant;
  const benchmarkId = `lmarena-${board}`;
  const url = `https://lmarena.ai/leaderboard/${board === 'image' ? 'text-to-image' : board}`;
  // A release or a configuration is another result of the same model on the same day.
  const qualifiers = [release, configuration].filter((q) => q !== null).map((q) => `|${q}`);
  return {
    id: `${modelId}|${benchmarkId}|${date}${qualifiers.join('')}`,
    modelId,
    benchmarkId,
    benchmarkName: ARENA_NAMES[board],
    score,
    metric: 'arena score (Elo scale)',
    higherIsBetter: true,
    configuration,
    release,
    date,
    sourceUrl: url,
    votes,
    ciLower: ci ? score - ci.minus : null,
    ciUpper: ci ? score + ci.plus : null,
    provenance: { source: 'lmarena', sourceId: `${benchmarkId}:${name}`, observedAt, selfReported: false, url },
  };
}
