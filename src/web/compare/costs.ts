import type { Field } from '../field.ts';
import { money, num, percent, text } from '../figures.ts';
import { type Html, html } from '../html.ts';
import { type UsageParameter, usageForm } from '../usage-form.ts';
import { type CompareView, type Comparison, modelColumns, modelName, perModel, scrollTable } from './view.ts';

type CostRow = Comparison['costs']['rows'][number];
type Estimate = NonNullable<CostRow['estimate']>;

/** The API's codes for a missing figure, in words; a code this page does not know yet is shown as written. */
const NOT_COMPARABLE: Record<string, string> = {
  NO_OFFERING: 'no offering can price it',
  PRICE_UNKNOWN: 'a price it needs is unknown',
  DIFFERENT_PRICING_UNITS: 'billed in other units than the other models',
};
const NO_COST_PER_POINT: Record<string, string> = {
  NO_COST: 'no known monthly cost',
  NO_OVERALL_SCORE: 'no overall score',
  ZERO_OVERALL_SCORE: 'an overall score of zero',
};
const because = (words: Record<string, string>, code: string | null) =>
  html`<span class="unknown">not known: ${code ? (words[code] ?? code) : 'unknown'}</span>`;

function estimateFigure(row: Field<CostRow>, figure: (estimate: Field<Estimate>) => Html): Html {
  const estimate = row.at('estimate').present();
  if (estimate) return figure(estimate);
  return html`<span class="unknown">no estimate${row.value.noEstimateReason ? html`: <small class="why">${text(row.at('noEstimateReason'))}</small>` : ''}</span>`;
}

function savings(view: CompareView, row: Field<CostRow>, figure: 'monthly' | 'yearly' | 'percent'): Html {
  const found = row.at('savings').present();
  if (!found) return because(NOT_COMPARABLE, row.value.notComparableCause);
  if (figure === 'percent') return percent(found.at('percent'));
  const { baselineModelId, modelId } = row.value;
  const against =
    baselineModelId === modelId
      ? html` <span class="note">(the baseline: the dearest model billed in the same units)</span>`
      : baselineModelId
        ? html` <span class="note">against ${modelName(view, baselineModelId)}</span>`
        : '';
  return html`${money(found.at(figure))}${against}`;
}

function notes(row: Field<CostRow>): Html {
  const estimate = row.at('estimate').present();
  if (!estimate) return html`<span class="note">none</span>`;
  const fallback = estimate.at('fallback').present();
  const warnings = estimate.at('warnings').items();
  if (!fallback && !warnings.length) return html`<span class="note">none</span>`;
  return html`${fallback ? html`<p class="note">${text(fallback.at('message'))}</p>` : ''}${
    warnings.length ? html`<ul class="reasons">${warnings.map((warning) => html`<li class="note">${text(warning.at('message'))}</li>`)}</ul>` : ''
  }`;
}

const COST_ROWS: [string, (view: CompareView, row: Field<CostRow>) => Html][] = [
  ['Monthly cost', (_, row) => estimateFigure(row, (estimate) => money(estimate.at('monthly')))],
  ['Yearly cost', (_, row) => estimateFigure(row, (estimate) => money(estimate.at('yearly')))],
  ['Per request', (_, row) => estimateFigure(row, (estimate) => money(estimate.at('perRequest')))],
  ['Savings a month', (view, row) => savings(view, row, 'monthly')],
  ['Savings a year', (view, row) => savings(view, row, 'yearly')],
  ['Savings, percent', (view, row) => savings(view, row, 'percent')],
  [
    'Cost per quality point (a month)',
    (_, row) => (row.value.costPerQualityPoint ? money(row.at('costPerQualityPoint')) : because(NO_COST_PER_POINT, row.value.costPerQualityPointNullReason)),
  ],
  ['Priced at', (_, row) => estimateFigure(row, (estimate) => text(estimate.at('offering').at('provider').at('name')))],
  ['Notes', (_, row) => notes(row)],
];

/** The usage the costs were computed at, as the API resolved it (defaults applied). */
function pricedAt(view: CompareView): Html {
  const estimate = view.compare
    .at('costs')
    .at('rows')
    .items()
    .map((row) => row.at('estimate').present())
    .find((found) => found !== undefined);
  if (!estimate) return html``;
  const usage = estimate.at('assumptions');
  return html`<p>Priced at ${num(usage.at('requestsPerMonth'))} requests a month, ${num(usage.at('inputTokensPerRequest'))} input and ${num(
    usage.at('outputTokensPerRequest'),
  )} output tokens per request, a cached share of ${num(usage.at('cachedInputShare'))} of the input.</p>`;
}

/** "X saves $… a month": one line per model the API found cheaper than its baseline. */
function headlines(view: CompareView): Html[] {
  return view.compare
    .at('costs')
    .at('rows')
    .items()
    .filter((row) => row.value.cheaperThanBaseline && row.value.savings && row.value.baselineModelId)
    .map((row) => {
      const found = row.at('savings').present()!;
      return html`<p class="summary">${modelName(view, row.value.modelId)} saves ${money(found.at('monthly'))} a month (${money(found.at('yearly'))} a year, ${percent(
        found.at('percent'),
      )}) against ${modelName(view, row.value.baselineModelId!)} at this usage.</p>`;
    });
}

/** Monthly and yearly cost, savings and cost per quality point at a usage the reader can change. */
export function costsSection(view: CompareView, modelsParam: string, given: Partial<Record<UsageParameter, string>>): Html {
  const rows = view.compare.at('costs').at('rows');
  return html`<section aria-labelledby="costs"><h2 id="costs">Cost at your usage</h2>
${usageForm('/compare', { models: modelsParam }, given)}
${pricedAt(view)}
${headlines(view)}
${view.compare.value.costs.comparable ? '' : html`<p class="note">The costs are not all comparable: no savings are claimed between models that cannot be set against each other.</p>`}
${scrollTable(
  'Cost of each model at this usage',
  html`${modelColumns(view, 'Figure')}<tbody>${COST_ROWS.map(
    ([label, render]) => html`<tr><th scope="row">${label}</th>${perModel(view, rows, (row) => render(view, row))}</tr>`,
  )}</tbody>`,
)}
</section>`;
}
