import type { Field } from './field.ts';
import { num, text } from './figures.ts';
import type { ModelScoresQuery } from './generated/operations.ts';
import { type Html, html } from './html.ts';

type Ranks = NonNullable<NonNullable<ModelScoresQuery['model']>['scores']>['ranks'];
type RankField = Field<{ label: string; bestPossibleRank?: number } | null | undefined>;

/** "#3 of 20 image generation models, top 15%" as the API words it, or why the model has no such rank. */
function rank(name: string, field: RankField, unrankedBecause: string): Html {
  const ranked = field.present();
  if (!ranked) return html`<li>${name}: <span class="unknown">unranked: ${unrankedBecause}</span></li>`;
  const best =
    ranked.value.bestPossibleRank !== undefined ? html` <span class="note">(best the intervals allow: #${num(ranked.at('bestPossibleRank'))})</span>` : '';
  return html`<li>${name}: ${text(ranked.at('label'))}${best}</li>`;
}

/** The ModelScores ranks: overall, quality and adoption, each in the peer group (and adoption among all models). */
export function ranksOf(ranks: Field<Ranks>): Html {
  return html`<ul>
${rank('Overall rank', ranks.at('overall').at('peerGroup'), 'no overall score')}
${rank('Quality rank', ranks.at('quality').at('peerGroup'), 'no benchmark result')}
${rank('Adoption in its peer group', ranks.at('adoption').at('peerGroup'), 'the API gives none')}
${rank('Adoption among all models', ranks.at('adoption').at('all'), 'the API gives none')}
</ul>`;
}
