/** What a list of models can be filtered and sorted by: plain data, turned into a database query by src/data/model-query.ts. */
import type { CapabilityName, Modality, Model, PeerGroup } from './catalog.ts';
import { scoreInPeerGroup } from './scoring/peer-group-score.ts';
import type { ModelScoreRecord } from './scoring/types.ts';
import { compareValues } from './util/sorting.ts';

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

/** Sorts the database does, on fields of the model documents. */
export const DATABASE_SORT_FIELDS = ['NAME', 'RELEASE_DATE', 'PRICE', 'CONTEXT_WINDOW'] as const;
export type DatabaseSortField = (typeof DATABASE_SORT_FIELDS)[number];
/** Sorts by the scoring engine's figures, stored apart from the models: done in memory over the whole catalog. */
export const SCORE_SORT_FIELDS = ['OVERALL_SCORE', 'QUALITY', 'ADOPTION'] as const;
export type ScoreSortField = (typeof SCORE_SORT_FIELDS)[number];
export const MODEL_SORT_FIELDS = [...DATABASE_SORT_FIELDS, ...SCORE_SORT_FIELDS] as const;
export type ModelSortField = (typeof MODEL_SORT_FIELDS)[number];
export const isScoreSortField = (field: ModelSortField): field is ScoreSortField => (SCORE_SORT_FIELDS as readonly string[]).includes(field);
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export interface ModelSort<Field extends ModelSortField = ModelSortField> {
  field: Field;
  direction: SortDirection;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The case-insensitive pattern `search` stands for, or null when it asks for nothing. */
export function searchPattern(search: string | null | undefined): RegExp | null {
  const text = search?.trim();
  return text ? new RegExp(escapeRegex(text), 'i') : null;
}

const atLeast = (value: number | null, bound: number) => value !== null && value >= bound;
const atMost = (value: number | null, bound: number) => value !== null && value <= bound;
const includesAll = <T>(have: readonly T[], wanted: readonly T[] | null | undefined) => (wanted ?? []).every((item) => have.includes(item));

/**
 * Whether a model matches the filter, evaluated in memory: the same conditions as the database
 * query of src/data/model-query.ts (a test holds the two to the same answers on the seed), for the
 * answers that read the whole catalog at once (leaderboards, recommendations, frontiers).
 * `providersOfModel` are the providers with an offering of the model.
 */
export function modelMatchesFilter(model: Model, filter: ModelFilter, providersOfModel: ReadonlySet<string>): boolean {
  const pattern = searchPattern(filter.search);
  return (
    (!filter.labs?.length || filter.labs.includes(model.labId)) &&
    (!filter.providers?.length || filter.providers.some((provider) => providersOfModel.has(provider))) &&
    includesAll(model.modalities.input, filter.inputModalities) &&
    includesAll(model.modalities.output, filter.outputModalities) &&
    (filter.capabilities ?? []).every((capability) => model.capabilities[capability] === true) &&
    (!filter.peerGroups?.length || filter.peerGroups.some((group) => model.peerGroups.includes(group))) &&
    (typeof filter.openWeights !== 'boolean' || model.openWeights === filter.openWeights) &&
    (!filter.releasedAfter || (model.releaseDate !== null && model.releaseDate > filter.releasedAfter)) &&
    (typeof filter.maxPriceNanoUsdPerMTok !== 'number' || atMost(model.listPrice.blendedNanoUsdPerMTok, filter.maxPriceNanoUsdPerMTok)) &&
    (typeof filter.minContextTokens !== 'number' || atLeast(model.limits.contextTokens.tokens, filter.minContextTokens)) &&
    (pattern === null || pattern.test(model.id) || pattern.test(model.name) || model.aliases.some((alias) => pattern.test(alias)))
  );
}

/**
 * What a score sort orders by, higher meaning more: the overall score, the quality (Benchmarks
 * signal), or adoption as the negated adoption rank among all models (rank 1, the most widely
 * offered, is the highest). Scores are read in `peerGroup` when the model is in it, else in the
 * model's primary group; null when the model has no such figure.
 */
export function scoreSortValue(record: ModelScoreRecord, field: ScoreSortField, peerGroup: PeerGroup | null): number | null {
  const { score } = (peerGroup && scoreInPeerGroup(record, peerGroup)) || record;
  switch (field) {
    case 'OVERALL_SCORE':
      return score.overall.value;
    case 'QUALITY':
      return score.signals.BENCHMARKS.value;
    case 'ADOPTION':
      return score.ranks.adoption.all === null ? null : -score.ranks.adoption.all.rank;
  }
}

/** Unknown values last in either direction, then by canonical id: the order the database sorts give too. */
export function byScoreSortValue(direction: SortDirection) {
  return (a: { id: string; value: number | null }, b: { id: string; value: number | null }): number => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return direction === 'ASC' ? a.value - b.value : b.value - a.value;
    }
    return compareValues(a.id, b.id);
  };
}
