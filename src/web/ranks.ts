import type { Field } from './field.ts';
import { num, text } from './figures.ts';
import type { LeaderboardKey, ModelScoresQuery, PeerGroup } from './generated/operations.ts';
import { type Html, html } from './html.ts';
import { labelOf, PEER_GROUP_LABELS } from './labels.ts';
import { leaderboardPageLink } from './links.ts';

type Ranks = NonNullable<NonNullable<ModelScoresQuery['model']>['scores']>['ranks'];
type RankField = Field<{ label: string; bestPossibleRank?: number } | null | undefined>;

/**
 * "#3 of 20 image generation models, top 15%" as the API words it, or why the model has no such
 * rank; with the leaderboard it is a place on, where there is one (adoption has none).
 */
function rank(name: string, field: RankField, unrankedBecause: string, board?: string): Html {
  const ranked = field.present();
  if (!ranked) return html`<li>${name}: <span class="unknown">unranked: ${unrankedBecause}</span></li>`;
  const best =
    ranked.value.bestPossibleRank !== undefined ? html` <span class="note">(best the intervals allow: #${num(ranked.at('bestPossibleRank'))})</span>` : '';
  return html`<li>${name}: ${text(ranked.at('label'))}${best}${board ? html` <a class="board" href="${board}">leaderboard</a>` : ''}</li>`;
}

/** The ModelScores ranks: overall, quality and adoption, each in the peer group (and adoption among all models). */
export function ranksOf(ranks: Field<Ranks>, peerGroup: PeerGroup): Html {
  const board = (by: LeaderboardKey) => leaderboardPageLink({ peerGroup, by });
  return html`<ul>
${rank('Overall rank', ranks.at('overall').at('peerGroup'), 'no overall score', board('OVERALL'))}
${rank('Quality rank', ranks.at('quality').at('peerGroup'), 'no benchmark result', board('BENCHMARKS'))}
${rank('Adoption in its peer group', ranks.at('adoption').at('peerGroup'), 'the API gives none')}
${rank('Adoption among all models', ranks.at('adoption').at('all'), 'the API gives none')}
</ul>`;
}

/** A peer group named in a sentence ("compared among text models"), linking to its leaderboard. */
export const peerGroupBoard = (peerGroup: PeerGroup): Html =>
  html`<a href="${leaderboardPageLink({ peerGroup, by: 'OVERALL' })}">${labelOf(PEER_GROUP_LABELS, peerGroup)}</a>`;

/** A benchmark's name, linking to its leaderboard in the peer group. */
export const benchmarkBoard = (peerGroup: PeerGroup, benchmarkId: string, name: Html): Html =>
  html`<a href="${leaderboardPageLink({ peerGroup, by: 'BENCHMARK', benchmarkId })}">${name}</a>`;
