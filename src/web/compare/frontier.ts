import { scatterChart } from '../charts/scatter-chart.ts';
import { legendDot } from '../charts/svg.ts';
import type { Field } from '../field.ts';
import { money, num, text } from '../figures.ts';
import type { FrontierQuery } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { labelOf, PEER_GROUP_LABELS } from '../labels.ts';
import { scoreCell } from './signals.ts';
import { type CompareView, modelIndex, modelName } from './view.ts';

export type Frontier = FrontierQuery['frontier'];
type Point = Frontier['points'][number];

/** A tick of the cost axis: a power of ten (or zero) as dollars. An axis label, not a figure of the API. */
const dollars = (value: number) => `$${value >= 1 || value === 0 ? value.toLocaleString('en-US') : value.toFixed(Math.round(-Math.log10(value)))}`;

const pointOf = (frontier: Field<Frontier>, canonicalId: string) => frontier.at('points').find((point) => point.model.canonicalId === canonicalId);

/** The model a point is beaten by, by name when it is on the chart (a frontier model always is), else by id. */
function beatenBy(frontier: Field<Frontier>, point: Field<Point>): Html {
  const by = point.at('dominatedBy').present();
  if (!by) return html`<span class="note">off the frontier</span>`;
  const found = pointOf(frontier, by.value.canonicalId);
  return html`beaten by ${text(found ? found.at('model').at('name') : by.at('canonicalId'))}`;
}

const standing = (frontier: Field<Frontier>, point: Field<Point>) =>
  point.value.onFrontier ? html`<strong>on the frontier</strong>` : beatenBy(frontier, point);

/** A row of the chart's table: what the chart shows of the point, and no more, since the group has hundreds. */
function pointRow(view: CompareView, frontier: Field<Frontier>, point: Field<Point>): Html {
  const compared = modelIndex(view, point.value.model.canonicalId) >= 0;
  return html`<tr${compared ? html` class="compared"` : ''}><th scope="row">${text(point.at('model').at('name'))}</th><td>${num(point.at('score'))}</td><td>${money(
    point.at('monthlyCost'),
  )}</td><td>${standing(frontier, point)}</td></tr>`;
}

/**
 * Why a compared model has no point, from the comparison's own figures: no quality score (the
 * Benchmarks signal, with its reason), or no known monthly cost (with the reason the costs give).
 */
function whyNotOnChart(view: CompareView, modelId: string): Html {
  const benchmarks = view.compare.at('signals').find((row) => row.key === 'BENCHMARKS');
  const quality = benchmarks?.at('cells').find((cell) => cell.modelId === modelId);
  if (benchmarks && quality && quality.value.value === null) return html`no quality score (${scoreCell(view, benchmarks.value, quality)})`;
  const cost = view.compare
    .at('costs')
    .at('rows')
    .find((row) => row.modelId === modelId);
  if (cost && !cost.value.estimate?.monthly) {
    const reason = cost.at('noEstimateReason').present();
    return html`no known monthly cost at this usage${reason ? html` (${text(reason)})` : ''}`;
  }
  return html`the API's frontier has no point for it`;
}

/** Each compared model: where it is on the chart and what beats it, or why it is not there. */
function comparedModels(view: CompareView, frontier: Field<Frontier>): Html {
  const items = view.compare.value.models.map(({ modelId }, index) => {
    const point = pointOf(frontier, modelId);
    const name = html`${legendDot(index)}${modelName(view, modelId)}`;
    if (!point) return html`<li>${name}: <span class="unknown">not on the chart: ${whyNotOnChart(view, modelId)}</span></li>`;
    return html`<li>${name}: quality ${num(point.at('score'))}, ${money(point.at('monthlyCost'))} a month at ${text(
      point.at('offering').at('provider').at('name'),
    )}; ${standing(frontier, point)}</li>`;
  });
  return html`<ul class="legend-list">${items}</ul>`;
}

function chartOf(view: CompareView, frontier: Field<Frontier>, groupLabel: string): Html {
  const points = frontier.at('points').items();
  if (!points.length) return html`<p class="unknown">No model among ${groupLabel} has both a quality score and a known monthly cost at this usage.</p>`;
  const chart = scatterChart({
    id: 'frontier-chart',
    title: `Quality against monthly cost among ${groupLabel}`,
    description:
      'One dot per model with a quality score and a known monthly cost at this usage; the cost axis is logarithmic, with a cost of zero, if any, at its start behind a break. The line joins the frontier, the models no other model beats on both; the compared models are drawn in colour and named. The table below lists every point.',
    yTitle: 'Quality (Benchmarks signal)',
    xTitle: 'Monthly cost at this usage, log scale',
    xTickLabel: dollars,
    points: points.map((point) => {
      const index = modelIndex(view, point.value.model.canonicalId);
      return {
        x: Number(point.value.monthlyCost.usd),
        y: point.value.score,
        onFrontier: point.value.onFrontier,
        ...(index >= 0 && { marked: { styleIndex: index, label: point.at('model').at('name') } }),
      };
    }),
  });
  const table = html`<details><summary>Every point of the chart as a table</summary><div class="scroll"><table><caption class="note">Cheapest first, as the API orders them</caption><thead><tr><th scope="col">Model</th><th scope="col">Quality</th><th scope="col">Monthly cost</th><th scope="col">Frontier</th></tr></thead><tbody>${points.map(
    (point) => pointRow(view, frontier, point),
  )}</tbody></table></div></details>`;
  return html`<figure class="chart wide">${chart}<figcaption><ul class="legend"><li>${legendDot('on-frontier')}on the frontier, joined by the line</li><li>${legendDot('other')}beaten on both by a frontier model</li></ul></figcaption></figure>${table}`;
}

/**
 * The comparison's peer group as quality against monthly cost at the page's usage (the API's
 * frontier): where the compared models stand, which models no other beats on both, and what the
 * chart leaves out.
 */
export function frontierSection(view: CompareView, frontier: Field<Frontier> | null): Html {
  const heading = html`<h2 id="frontier">Quality against cost</h2>`;
  if (!frontier)
    return html`<section aria-labelledby="frontier">${heading}<p class="unknown">No chart: these models share no peer group, and quality is scored within one.</p></section>`;
  const groupLabel = labelOf(PEER_GROUP_LABELS, frontier.value.peerGroup);
  return html`<section aria-labelledby="frontier">${heading}
<p class="note">Every model among ${groupLabel} with a quality score and a known monthly cost at the usage above, each at its cheapest pay-per-use offering: a compared model's cost here can be lower than in the cost table, which prices the lab's own offering first. A model is on the frontier when no other model is at least as good and no dearer.</p>
${comparedModels(view, frontier)}
${chartOf(view, frontier, groupLabel)}
<p class="note">Not on the chart: ${num(frontier.at('withoutScore'))} models of the group without a quality score, and ${num(
    frontier.at('withoutCost'),
  )} with one but without a known monthly cost at this usage.</p>
</section>`;
}
