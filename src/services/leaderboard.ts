/** A leaderboard of one peer group, ranked over the request's catalog version whole, one page at a time. */
import type { Model, PeerGroup } from '../domain/catalog.ts';
import { type LeaderboardEntry, rankLeaderboard } from '../domain/leaderboard/leaderboard.ts';
import { higherRanksFirst, type LeaderboardKey, rankedValue } from '../domain/leaderboard/values.ts';
import type { Confidence } from '../domain/scoring/types.ts';
import { type Connection, connectionOf, type PageRequest, pageStart, signatureOf } from './cursors.ts';
import { DEFAULT_PAGE_SIZE, type ModelFilterInput, modelFilterOf } from './models-page.ts';
import { badInput, failure, type Outcome, success } from './outcome.ts';
import type { RequestData } from './request-data.ts';
import { peerGroupMembers, primeLoaders } from './whole-catalog.ts';

export interface LeaderboardRequest extends PageRequest {
  peerGroup: PeerGroup;
  by: LeaderboardKey;
  benchmarkId?: string | null;
  filter?: ModelFilterInput | null;
}

export interface LeaderboardRow extends Omit<LeaderboardEntry, 'modelId'> {
  model: Model;
  confidence: Confidence | null;
}

export interface LeaderboardPage extends Connection<LeaderboardRow> {
  peerGroup: PeerGroup;
  by: LeaderboardKey;
  benchmarkId: string | null;
  higherIsBetter: boolean;
  /** Models of the group matching the filter without a value: not ranked. */
  unranked: number;
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
  if (benchmarkId !== null) {
    const known = peerGroupMembers(catalog, peerGroup, {}).some(({ score }) => score.cohort.benchmarks.some((result) => result.benchmarkId === benchmarkId));
    if (!known) return failure(badInput('benchmarkId', `no ${peerGroup} model has a result on ${JSON.stringify(benchmarkId)}`));
  }
  const members = peerGroupMembers(catalog, peerGroup, filter);
  const values = new Map(members.map((member) => [member.model.id, { member, ...rankedValue(member.score, by, benchmarkId) }]));
  const higherIsBetter = higherRanksFirst(
    members.map(({ score }) => score),
    by,
    benchmarkId,
  );
  const board = rankLeaderboard(
    [...values.values()].map(({ member, value, interval }) => ({ modelId: member.model.id, value, interval })),
    higherIsBetter,
  );
  const page = board.entries.slice(start.value, start.value + (request.first ?? DEFAULT_PAGE_SIZE));
  const rows = page.map(({ modelId, ...entry }) => {
    const { member, confidence } = values.get(modelId)!;
    return { ...entry, model: member.model, confidence };
  });
  primeLoaders(
    data.loaders,
    catalog,
    rows.map(({ model }) => model),
  );
  return success({
    ...connectionOf(rows, board.entries.length, start.value, signature),
    peerGroup,
    by,
    benchmarkId,
    higherIsBetter,
    unranked: board.unranked.length,
  });
}
