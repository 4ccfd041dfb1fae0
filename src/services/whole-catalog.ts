/**
 * The answers that rank or price every model at once read the request's catalog version whole
 * (cached per version, see VersionReader.wholeCatalog) and filter it in memory with the same
 * conditions as the database query of the `models` list.
 */
import type { WholeCatalog } from '../data/version-reader.ts';
import type { Model, Offering, PeerGroup } from '../domain/catalog.ts';
import { type ModelFilter, modelMatchesFilter } from '../domain/model-query.ts';
import { scoreInPeerGroup } from '../domain/scoring/peer-group-score.ts';
import type { ModelScoreRecord, PeerGroupScore } from '../domain/scoring/types.ts';

const NO_PROVIDERS: ReadonlySet<string> = new Set();
const NO_OFFERINGS: Offering[] = [];

/** The models matching `filter`, by canonical id. */
export function matchingModels(catalog: WholeCatalog, filter: ModelFilter): Model[] {
  return catalog.models.filter((model) => modelMatchesFilter(model, filter, catalog.providersByModelId.get(model.id) ?? NO_PROVIDERS));
}

/** The record every model has: scores are written with the catalog version they belong to. */
export function scoreRecordOf(catalog: WholeCatalog, modelId: string): ModelScoreRecord {
  const record = catalog.scoresByModelId.get(modelId);
  if (!record) throw new Error(`catalog version without a score record for ${modelId}`);
  return record;
}

/** A model of a peer group, with its score there and its offerings. */
export interface PeerGroupMember {
  model: Model;
  score: PeerGroupScore;
  offerings: Offering[];
}

/** The models of `peerGroup` matching `filter`, by canonical id. */
export function peerGroupMembers(catalog: WholeCatalog, peerGroup: PeerGroup, filter: ModelFilter): PeerGroupMember[] {
  return matchingModels(catalog, filter)
    .filter((model) => model.peerGroups.includes(peerGroup))
    .map((model) => {
      const score = scoreInPeerGroup(scoreRecordOf(catalog, model.id), peerGroup);
      if (!score) throw new Error(`no ${peerGroup} score for ${model.id}`);
      return { model, score, offerings: catalog.offeringsByModelId.get(model.id) ?? NO_OFFERINGS };
    });
}
