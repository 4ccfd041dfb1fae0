import type { Field } from '../field.ts';
import { type Html, html } from '../html.ts';
import { accessibleSvg, coordinate, seriesStyle } from './svg.ts';

export interface LineSeries {
  /** The series' index among the page's models: it picks the colour and dash, as in every legend of the page. */
  styleIndex: number;
  /** One value per category; a null leaves a gap, never a drop to 0. */
  points: { category: string; value: number | null }[];
}

export interface LineChartOptions {
  id: string;
  title: string;
  description: string;
  /** The x axis in order (e.g. months); each labelled with the API field it came from. */
  categories: Field<string>[];
  series: LineSeries[];
}

const WIDTH = 360;
const HEIGHT = 200;
const PLOT = { left: 30, right: 10, top: 10, bottom: 28 };
/** Scores are 0-100 by definition: a fixed axis, so that two charts of the page read alike. */
const Y_TICKS = [0, 25, 50, 75, 100];

/** A 0-100 line chart: gaps where a value is unknown, a dot on every known point (so a lone point still shows). */
export function lineChart({ id, title, description, categories, series }: LineChartOptions): Html {
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const step = categories.length > 1 ? plotWidth / (categories.length - 1) : 0;
  const xOf = new Map(categories.map((category, index) => [category.value, PLOT.left + (categories.length > 1 ? index * step : plotWidth / 2)]));
  const yOf = (value: number) => PLOT.top + plotHeight * (1 - value / 100);

  const grid = Y_TICKS.map(
    (tick) =>
      html`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${coordinate(yOf(tick))}" y2="${coordinate(yOf(tick))}"/><text x="${PLOT.left - 4}" y="${coordinate(yOf(tick) + 4)}" text-anchor="end" data-axis="y">${tick}</text>`,
  );
  // First, middle and last month: more labels would overlap at phone width.
  const labelled = [...new Set([0, Math.floor((categories.length - 1) / 2), categories.length - 1])].filter((index) => index >= 0);
  const xLabels = labelled.map((index) => {
    const category = categories[index]!;
    const anchor = index === 0 ? 'start' : index === categories.length - 1 ? 'end' : 'middle';
    return html`<text x="${coordinate(xOf.get(category.value)!)}" y="${HEIGHT - 8}" text-anchor="${anchor}" data-source="${category.source}" data-path="${category.path}">${category.value}</text>`;
  });

  const lines = series.map(({ styleIndex, points }) => {
    const { color, dash } = seriesStyle(styleIndex);
    const known = points.filter((point): point is { category: string; value: number } => point.value !== null && xOf.has(point.category));
    const runs: string[] = [];
    let run: string[] = [];
    for (const point of points) {
      if (point.value === null || !xOf.has(point.category)) {
        if (run.length) runs.push(run.join(' L'));
        run = [];
        continue;
      }
      run.push(`${coordinate(xOf.get(point.category)!)} ${coordinate(yOf(point.value))}`);
    }
    if (run.length) runs.push(run.join(' L'));
    const path = runs.map((segment) => `M${segment}`).join(' ');
    return html`<g>${path ? html`<path d="${path}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="${dash}"/>` : ''}${known.map(
      (point) => html`<circle cx="${coordinate(xOf.get(point.category)!)}" cy="${coordinate(yOf(point.value))}" r="2.5" fill="${color}"/>`,
    )}</g>`;
  });

  return accessibleSvg({
    id,
    width: WIDTH,
    height: HEIGHT,
    title,
    description,
    body: html`<g class="grid axis">${grid}</g><g class="axis">${xLabels}</g>${lines}`,
  });
}
