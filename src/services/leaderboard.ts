/** A leaderboard of one peer group, ranked over the request's catalog version whole, one page at a time. */
import type { WholeCatalog } from '../data/version-reader.ts';
import type { Model, NullReason, PeerGroup } from '../domain/catalog.ts';
import { type LeaderboardEntry, rankLeaderboard } from '../domain/leaderboard/leaderboard.ts';
import { benchmarkOf, type LeaderboardKey, type RankedValue, rankedValue } from '../domain/leaderboard/values.ts';
import type { ModelFilter } from '../domain/model-query.ts';
import type { Confidence } from '../domain/scoring/types.ts';
import { compareValues } from '../domain/util/sorting.ts';
import { type Connection, edgesOf, type PageRequest, pageOfEdges, pageStart, signatureOf } from './cursors.ts';
import { DEFAULT_PAGE_SIZE, type ModelFilterInput, modelFilterOf } from './models-page.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';
import { type PeerGroupMember, peerGroupMembers } from './whole-catalog.ts';

export interface LeaderboardRequest extends PageRequest {
  peerGroup: PeerGroup;
  by: LeaderboardKey;
  benchmarkId?: string | null;
  filter?: ModelFilterInput | null;
}

/** An entry as the API answers it, built once per version with its board. */
export interface LeaderboardRow extends Omit<LeaderboardEntry, 'modelId'> {
  model: Model;
  confidence: Confidence | null;
}

/** The unranked models that lack the value for one reason. */
export interface UnrankedGroup {
  reason: NullReason;
  detail: string;
  /** By canonical id. */
  models: Model[];
}

export interface LeaderboardPage extends Connection<LeaderboardRow> {
  peerGroup: PeerGroup;
  by: LeaderboardKey;
  benchmarkId: string | null;
  /** With a benchmark: its name and metric as the source states them. */
  benchmark: { name: string; metric: string } | null;
  higherIsBetter: boolean;
  statisticalTies: boolean;
  /** Models of the group matching the filter without a value: not ranked. */
  unranked: number;
  /** The same models by why they have no value, the most common reason first. */
  unrankedReasons: UnrankedGroup[];
}

/** Groups by reason and sentence, the largest group first (then by the sentence, so the order is stable). */
function unrankedReasonsOf(ids: readonly string[], values: ReadonlyMap<string, { member: PeerGroupMember; missing: RankedValue['missing'] }>): UnrankedGroup[] {
  const groups = new Map<string, UnrankedGroup>();
  for (const id of ids) {
    const { member, missing } = values.get(id)!;
    if (!missing) throw new Error(`unranked ${id} has a value`);
    const key = `${missing.reason} ${missing.detail}`;
    const group = groups.get(key) ?? { ...missing, models: [] };
    group.models.push(member.model);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.models.length - a.models.length || compareValues(a.detail, b.detail));
}

/** The whole board of one signature over the version (kept for it, see computedFromVersion); null for a benchmark no model of the group has. */
function rankedBoard(catalog: WholeCatalog, peerGroup: PeerGroup, by: LeaderboardKey, benchmarkId: string | null, filter: ModelFilter, signature: string) {
  // The benchmark as the whole group knows it, so that a filter cannot change its name or direction.
  const benchmark =
    benchmarkId === null
      ? null
      : benchmarkOf(
          peerGroupMembers(catalog, peerGroup, {}).map(({ score }) => score),
          benchmarkId,
        );
  if (benchmarkId !== null && !benchmark) return null;
  const members = peerGroupMembers(catalog, peerGroup, filter);
  const values = new Map(members.map((member) => [member.model.id, { member, ...rankedValue(member.score, by, benchmarkId) }]));
  const higherIsBetter = benchmark?.higherIsBetter ?? true;
  const board = rankLeaderboard(
    [...values.values()].map(({ member, value, interval }) => ({ modelId: member.model.id, value, interval })),
    higherIsBetter,
  );
  // Built, with their cursors, and grouped here, once per version: every request used to copy and encode its page's entries, and to group the unranked (344 of the seeded text models).
  const rows: LeaderboardRow[] = board.entries.map(({ modelId, ...entry }) => {
    const { member, confidence } = values.get(modelId)!;
    return { ...entry, model: member.model, confidence };
  });
  return {
    benchmark,
    edges: edgesOf(rows, signature),
    statistical: board.statistical,
    higherIsBetter,
    unranked: board.unranked.length,
    unrankedReasons: unrankedReasonsOf(board.unranked, values),
  };
}

export async function leaderboard(data: RequestData, request: LeaderboardRequest): Promise<Outcome<LeaderboardPage>> {
  const { peerGroup, by } = request;
  const benchmarkId = request.benchmarkId ?? null;
  if (by === 'BENCHMARK' && benchmarkId === null) return failure(badInput('benchmarkId', 'by: BENCHMARK ranks one benchmark: name it with benchmarkId'));
  if (by !== 'BENCHMARK' && benchmarkId !== null) return failure(badInput('benchmarkId', `only with by: BENCHMARK (this leaderboard is by ${by})`));
  const filter = modelFilterOf(request.filter);
  const signature = signatureOf({ peerGroup, by, benchmarkId, filter });
  const start = pageStart(request, signature);
  if (!start.ok) return start;

  const catalog = await data.catalog.wholeCatalog();
  const ranked = await data.catalog.computedFromVersion(`leaderboard:${signature}`, async () =>
    rankedBoard(catalog, peerGroup, by, benchmarkId, filter, signature),
  );
  if (!ranked) return failure(badInput('benchmarkId', `no ${peerGroup} model has a result on ${JSON.stringify(benchmarkId)}`));
  const { benchmark, edges, statistical, higherIsBetter, unranked, unrankedReasons } = ranked;
  return success({
    ...pageOfEdges(edges, start.value, request.first ?? DEFAULT_PAGE_SIZE),
    peerGroup,
    by,
    benchmarkId,
    benchmark: benchmark && { name: benchmark.benchmarkName, metric: benchmark.metric },
    higherIsBetter,
    statisticalTies: statistical,
    unranked,
    unrankedReasons,
  });
}
