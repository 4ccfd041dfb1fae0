import type { Field } from '../field.ts';
import { flag, num, text } from '../figures.ts';
import type { PeerGroup } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { CAPABILITY_LABELS, FIT_LABELS, labelOf, PEER_GROUP_LABELS, SCORE_LABELS, USE_CASE_LABELS, VERDICT_LABELS } from '../labels.ts';
import { outcomeOf } from './outcome.ts';
import { type CompareView, type Comparison, modelName } from './view.ts';

type UseCaseRow = Comparison['useCases'][number];
type Fit = UseCaseRow['fits'][number];
type Reason = Fit['reasons'][number];

/** One piece of data behind a fit, as the API lists it: what it is, its score and its weight. */
function reason(item: Field<Reason>): Html {
  const { code, capability, value } = item.value;
  if (code === 'PEER_GROUP') {
    return html`<li>scored among ${value ? labelOf(PEER_GROUP_LABELS, value as PeerGroup) : 'another peer group'}, which this use case is not for</li>`;
  }
  const what = code === 'CAPABILITY' && capability ? labelOf(CAPABILITY_LABELS, capability) : ((SCORE_LABELS as Record<string, string>)[code] ?? code);
  const shown =
    code === 'CAPABILITY'
      ? flag(value === null ? null : value === 'true')
      : value !== null
        ? html`${text(item.at('value'))}${item.value.unit ? ` ${item.value.unit}` : ''}`
        : '';
  const from = item.value.benchmarks.length
    ? html`, from ${item
        .at('benchmarks')
        .items()
        .map((name, index) => html`${index ? ', ' : ''}${text(name)}`)}`
    : '';
  return html`<li>${what}${shown ? html` (${shown})` : ''}: scores ${num(item.at('score'), 'UNKNOWN')}, weight ${num(item.at('weightPercent'))}%${from}</li>`;
}

function modelFit(view: CompareView, item: Field<Fit>): Html {
  const level = item.value.level ? labelOf(FIT_LABELS, item.value.level) : null;
  return html`<li>${modelName(view, item.value.modelId)}: ${level ? html`<strong>${level}</strong>, fit ` : ''}${num(item.at('fit'), 'UNKNOWN')}
<ul class="reasons">${item.at('reasons').items().map(reason)}</ul></li>`;
}

/** A use case made for another peer group than every compared model's: the API's fits are all "not suitable" for that one reason. */
const outsideTheirGroup = (row: UseCaseRow) =>
  row.fits.every((item) => item.level === 'NOT_SUITABLE' && item.reasons.length === 1 && item.reasons[0]!.code === 'PEER_GROUP');

function useCase(view: CompareView, row: Field<UseCaseRow>): Html {
  return html`<article><h3>${labelOf(USE_CASE_LABELS, row.value.useCase)}</h3>
<p>Best: ${outcomeOf(view, row)}</p>
<p class="note">${text(row.at('rule'))}</p>
<ul>${row
    .at('fits')
    .items()
    .map((item) => modelFit(view, item))}</ul></article>`;
}

/** Each use case: the rule, every model's fit with the data behind it, and the winner or why there is none. */
export function useCasesSection(view: CompareView): Html {
  const rows = view.compare.at('useCases').items();
  const elsewhere = rows.filter((row) => outsideTheirGroup(row.value));
  const notFor = elsewhere.length
    ? html`<p class="note">Not for these models, which are scored among other peer groups: ${elsewhere.map(
        (row, index) => html`${index ? ', ' : ''}${labelOf(USE_CASE_LABELS, row.value.useCase)}`,
      )}.</p>`
    : '';
  return html`<section aria-labelledby="use-cases"><h2 id="use-cases">Use cases</h2>${rows.filter((row) => !elsewhere.includes(row)).map((row) => useCase(view, row))}${notFor}</section>`;
}

/** "Best for …": a winner only where the figures it rests on decide; else why not. */
export function verdictsSection(view: CompareView): Html {
  const items = view.compare
    .at('verdicts')
    .items()
    .map(
      (verdict) =>
        html`<li><strong>${labelOf(VERDICT_LABELS, verdict.value.kind)}:</strong> ${outcomeOf(view, verdict)} <span class="note">(from ${text(verdict.at('basedOn'))})</span></li>`,
    );
  return html`<section aria-labelledby="verdicts"><h2 id="verdicts">Best for</h2><ul>${items}</ul>
<p class="note">No verdict on speed or reliability: the catalog holds no such data.</p></section>`;
}
