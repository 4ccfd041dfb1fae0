import { num, text, unknown } from '../figures.ts';
import { type Html, html } from '../html.ts';
import { CONFIDENCE_LABELS, labelOf } from '../labels.ts';
import { ranksOf } from '../ranks.ts';
import { outcomeOf } from './outcome.ts';
import { scoreCell } from './signals.ts';
import { type CompareView, modelName } from './view.ts';

function card(view: CompareView, index: number): Html {
  const model = view.compare.at('models').items()[index]!;
  const overall = view.compare.at('overall');
  const cell = overall.at('cells').find((candidate) => candidate.modelId === model.value.modelId)!;
  const confidence = view.compare.at('overallConfidence').find((candidate) => candidate.modelId === model.value.modelId);
  const scored = view.scores[index];
  const scores = scored?.at('scores').present();
  return html`<article class="card">
<h3>${modelName(view, model.value.modelId)}</h3>
<p class="note">by ${text(model.at('model').at('lab').at('name'))}</p>
<div class="score">${scoreCell(view, overall.value, cell)}</div>
<p>${confidence?.value.confidence ? labelOf(CONFIDENCE_LABELS, confidence.value.confidence) : unknown('UNKNOWN')}${
    scores ? html` <span class="note">(benchmark coverage ${num(scores.at('coverage').at('present'))} of ${num(scores.at('coverage').at('total'))})</span>` : ''
  }</p>
${scored && scores ? ranksOf(scores.at('ranks'), scored.value.peerGroup) : html`<p class="unknown">not scored in this peer group</p>`}
</article>`;
}

/** Each model's overall score with its interval and confidence, its ranks with their peer group, and who leads. */
export function overallSection(view: CompareView): Html {
  const overall = view.compare.at('overall');
  const lead =
    overall.value.outcome === 'WINNER' && overall.value.advantage !== null
      ? html`${outcomeOf(view, overall)} leads by ${num(overall.at('advantage'))} points.`
      : html`Overall: ${outcomeOf(view, overall)}`;
  return html`<section aria-labelledby="overall"><h2 id="overall">Overall score and ranks</h2>
<p class="note">The overall score is benchmark-driven, with capabilities and context window as tiebreakers; the interval is its ninety-five percent confidence interval.</p>
<p>${lead}</p>
<div class="cards">${view.compare.value.models.map((_, index) => card(view, index))}</div>
</section>`;
}
