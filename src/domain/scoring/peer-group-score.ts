import type { PeerGroup } from '../catalog.ts';
import type { ModelScoreRecord, PeerGroupScore } from './types.ts';

/** A model's score in one of its peer groups (the primary group's is the record itself), or null when it is not in that group. */
export function scoreInPeerGroup(record: ModelScoreRecord, peerGroup: PeerGroup): PeerGroupScore | null {
  return peerGroup === record.score.peerGroup ? record : (record.byPeerGroup[peerGroup] ?? null);
}
