import type { Field } from '../field.ts';
import { interval, num, text } from '../figures.ts';
import { type Html, html } from '../html.ts';
import { labelOf, SCORE_LABELS } from '../labels.ts';
import { differenceOf, outcomeOf } from './outcome.ts';
import { type CompareView, type Comparison, modelColumns, modelIndex, perModel, scrollTable } from './view.ts';

type ScoreCell = Comparison['signals'][number]['cells'][number];
/** A signal's row or the overall score's: the same shape. */
type ScoreRow = Pick<Comparison['signals'][number], 'key' | 'differs' | 'delta' | 'spread' | 'outcome' | 'winnerModelId' | 'tieReason'> & {
  cells: ScoreCell[];
};

/** The API's sentence for a null cell: the model's own signal (or overall) detail in the comparison's peer group. */
function detailOf(view: CompareView, row: ScoreRow, cell: ScoreCell): Field<string | null | undefined> | undefined {
  const scores = view.scores[modelIndex(view, cell.modelId)]?.at('scores').present();
  if (!scores) return undefined;
  if (row.key === 'OVERALL') return scores.at('overall').at('detail');
  return scores
    .at('signals')
    .find((signal) => signal.signal === row.key)
    ?.at('detail');
}

/** A score with its 95% interval where it has one (Benchmarks and overall). */
export function scoreCell(view: CompareView, row: ScoreRow, cell: Field<ScoreCell>): Html {
  return html`${num(cell.at('value'), cell.at('reason'), detailOf(view, row, cell.value))}${interval(cell.at('interval'))}`;
}

function scoreRow(view: CompareView, row: Field<ScoreRow>): Html {
  return html`<tr class="${row.value.differs ? 'differs' : ''}"><th scope="row">${labelOf(SCORE_LABELS, row.value.key)}</th>${perModel(
    view,
    row.at('cells'),
    (cell) => scoreCell(view, row.value, cell),
  )}<td class="num">${differenceOf(row)}</td><td>${outcomeOf(view, row)}</td></tr>`;
}

/** The six signals with their deltas and winners, the overall score, and each model's tally. */
export function signalsSection(view: CompareView): Html {
  const { compare } = view;
  const rows: Field<ScoreRow>[] = [...compare.at('signals').items(), compare.at('overall')];
  const tally = html`<tr><th scope="row">Signal wins</th>${perModel(view, compare.at('tally'), (entry) => text(entry.at('label')))}<td></td><td></td></tr>`;
  return html`<section aria-labelledby="signals"><h2 id="signals">Signals</h2>
<p class="note">Each signal is scored from zero to a hundred, higher is better. A winner is named only where every model has the figure and the figures are on one scale.</p>
${scrollTable('The six signals and the overall score, per model', html`${modelColumns(view, 'Signal', 'Difference', 'Winner')}<tbody>${rows.map((row) => scoreRow(view, row))}${tally}</tbody>`)}
</section>`;
}
