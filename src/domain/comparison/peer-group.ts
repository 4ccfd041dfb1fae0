/**
 * The peer group a comparison is made in. Peer-group-relative figures (Pricing, Context window,
 * Output capacity, Benchmarks, the overall score) only compare within one group, and a model may
 * belong to several (GPT-5.4 Image 2 writes text and generates images): the comparison is made in
 * the group every compared model belongs to, each model scored in that group.
 */
import { type Model, PEER_GROUPS, type PeerGroup } from '../catalog.ts';

export type PeerGroupChoice = { ok: true; peerGroup: PeerGroup | null } | { ok: false; index: number; message: string };

/**
 * `requested` when every model belongs to it; otherwise the models' primary group when they share
 * it, else the first group (in PEER_GROUPS order, so the order of the models does not matter) that
 * every model belongs to, else null (they share none: the relative rows are DIFFERENT_PEER_GROUPS).
 */
export function comparisonPeerGroup(models: readonly Pick<Model, 'id' | 'peerGroup' | 'peerGroups'>[], requested: PeerGroup | null = null): PeerGroupChoice {
  const sharedBy = (group: PeerGroup) => models.every((model) => model.peerGroups.includes(group));
  if (requested !== null) {
    const index = models.findIndex((model) => !model.peerGroups.includes(requested));
    if (index >= 0)
      return { ok: false, index, message: `${models[index]!.id} is not in the ${requested} peer group (it is in ${models[index]!.peerGroups.join(', ')})` };
    return { ok: true, peerGroup: requested };
  }
  const primary = models[0]?.peerGroup;
  if (primary !== undefined && models.every((model) => model.peerGroup === primary)) return { ok: true, peerGroup: primary };
  return { ok: true, peerGroup: PEER_GROUPS.find(sharedBy) ?? null };
}
