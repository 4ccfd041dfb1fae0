/** What a list of models can be filtered and sorted by: plain data, turned into a database query by src/data/model-query.ts. */
import type { CapabilityName, Modality, PeerGroup } from './catalog.ts';

/** What the `models` query can filter by (all conditions must hold). */
export interface ModelFilter {
  labs?: string[] | null;
  providers?: string[] | null;
  inputModalities?: Modality[] | null;
  outputModalities?: Modality[] | null;
  capabilities?: CapabilityName[] | null;
  peerGroups?: PeerGroup[] | null;
  openWeights?: boolean | null;
  releasedAfter?: string | null;
  maxPriceNanoUsdPerMTok?: number | null;
  minContextTokens?: number | null;
  search?: string | null;
}

export const MODEL_SORT_FIELDS = ['NAME', 'RELEASE_DATE', 'PRICE', 'CONTEXT_WINDOW'] as const;
export type ModelSortField = (typeof MODEL_SORT_FIELDS)[number];
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export interface ModelSort {
  field: ModelSortField;
  direction: SortDirection;
}
