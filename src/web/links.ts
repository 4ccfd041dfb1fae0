import type { LeaderboardKey, PeerGroup } from './generated/operations.ts';
import { queryString } from './html.ts';

/** The pages' URLs, made in one place. Models go comma-separated in one `models` parameter, as a person would type them. */
export const modelPageLink = (id: string) => `/model${queryString({ id })}`;

export const comparePageLink = (models: readonly string[]) => `/compare${queryString({ models: models.join(',') })}`;

export type LeaderboardParams = {
  peerGroup: PeerGroup;
  by: LeaderboardKey;
  benchmarkId?: string;
  /** The cursor a page starts after, from the board's own pageInfo. */
  after?: string;
};

export const leaderboardPageLink = (params: LeaderboardParams) => `/leaderboard${queryString(params)}`;
