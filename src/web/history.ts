import { lineChart } from './charts/line-chart.ts';
import { legendSwatch } from './charts/svg.ts';
import type { Field } from './field.ts';
import { num, text, unknown } from './figures.ts';
import type { ModelScoresQuery, PeerGroup } from './generated/operations.ts';
import { type Html, html } from './html.ts';
import { labelOf, PEER_GROUP_LABELS } from './labels.ts';

type ScoredModel = NonNullable<ModelScoresQuery['model']>;
type HistoryPoint = ScoredModel['scoreHistory'][number];

export interface HistorySeries {
  /** The model's place on the page: its colour and dash in every chart. */
  index: number;
  name: Html;
  /** The ModelScores result of the model. */
  model: Field<ScoredModel>;
}

/** The months of the histories in order, each labelled with the field it came from. */
function monthsOf(series: HistorySeries[]): Field<string>[] {
  const months = new Map<string, Field<string>>();
  for (const { model } of series) {
    for (const point of model.at('scoreHistory').items()) if (!months.has(point.value.month)) months.set(point.value.month, point.at('month'));
  }
  return [...months.values()].sort((a, b) => a.value.localeCompare(b.value));
}

const pointsOf = (one: HistorySeries): Field<HistoryPoint>[] => one.model.at('scoreHistory').items();

function historyTable(series: HistorySeries[], months: Field<string>[]): Html {
  const cell = (one: HistorySeries, month: string) => {
    const point = pointsOf(one).find((candidate) => candidate.value.month === month);
    return html`<td>${point ? num(point.at('overall'), 'UNKNOWN') : unknown('UNKNOWN')}</td>`;
  };
  return html`<details><summary>The history as a table</summary><div class="scroll"><table><thead><tr><th scope="col">Month</th>${series.map(
    (one) => html`<th scope="col">${one.name}</th>`,
  )}</tr></thead><tbody>${months.map((month) => html`<tr><th scope="row">${text(month)}</th>${series.map((one) => cell(one, month.value))}</tr>`)}</tbody></table></div></details>`;
}

function groupChart(group: PeerGroup, series: HistorySeries[], chartIndex: number): Html {
  const months = monthsOf(series);
  const drawn = series.filter((one) => pointsOf(one).some((point) => point.value.overall !== null));
  const blank = series.filter((one) => !drawn.includes(one));
  const groupLabel = labelOf(PEER_GROUP_LABELS, group);
  const chart = drawn.length
    ? html`<figure class="chart">${lineChart({
        id: `history-${chartIndex}`,
        title: `Overall score per month among ${groupLabel}`,
        description: 'One line per model, month by month; a gap is a month without a score. The table below lists every point.',
        categories: months,
        series: drawn.map((one) => ({ styleIndex: one.index, points: pointsOf(one).map(({ value }) => ({ category: value.month, value: value.overall })) })),
      })}<figcaption><ul class="legend">${drawn.map((one) => html`<li>${legendSwatch(one.index)}${one.name}</li>`)}</ul></figcaption></figure>${historyTable(drawn, months)}`
    : '';
  const missing = blank.map((one) => html`<p class="note">${one.name}: <span class="unknown">no overall score in any month</span></p>`);
  return html`<h3>Among ${groupLabel}</h3>${chart}${missing}`;
}

/**
 * The overall score month by month, as a line chart with its data as a table. A history follows
 * the model's primary peer group and a score means something only within its group, so models
 * share a chart only when their histories are in the same group.
 */
export function historySection(series: HistorySeries[]): Html {
  const groups = new Map<PeerGroup, HistorySeries[]>();
  for (const one of series) groups.set(one.model.value.peerGroup, [...(groups.get(one.model.value.peerGroup) ?? []), one]);
  const charts = [...groups].map(([group, members], index) => groupChart(group, members, index));
  return html`<section aria-labelledby="history"><h2 id="history">Score history</h2>
<p class="note">Each month-end replayed through the same engine, in the model's primary peer group.</p>
${charts}
</section>`;
}
