import type { Field } from '../field.ts';
import { type Html, html } from '../html.ts';
import { logScale } from './log-scale.ts';
import { accessibleSvg, coordinate, seriesStyle } from './svg.ts';

export interface ScatterPoint {
  /** Drawn on the log axis; zero is placed behind the axis break. */
  x: number;
  /** 0-100. */
  y: number;
  /** On the frontier: drawn dark and joined by the frontier line. */
  onFrontier: boolean;
  /** A point the page is about: drawn in its model's colour and named on the chart. */
  marked?: { styleIndex: number; label: Field<string> };
}

export interface ScatterChartOptions {
  id: string;
  title: string;
  description: string;
  xTitle: string;
  yTitle: string;
  /** A tick of the x axis as text, e.g. "$0.01". */
  xTickLabel: (value: number) => string;
  points: ScatterPoint[];
}

const WIDTH = 360;
const HEIGHT = 280;
const PLOT = { left: 30, right: 22, top: 22, bottom: 44 };
/** Scores are 0-100 by definition: the same fixed axis as the page's other charts. */
const Y_TICKS = [0, 25, 50, 75, 100];
/** The labels' font size and a character's width at it, to keep labels from overlapping. */
const LABEL_HEIGHT = 12;
const CHARACTER_WIDTH = 6.2;
/** Heights to try for a name's baseline, from its point's centre: level with it, then further below and above. */
const LABEL_OFFSETS = [4, 16, -8, 28, -20, 40, -32];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a point's name goes: beside it, on the side with more room first, at the first height
 * (level, below, above, further out) where it stays inside the plot and overlaps neither a name
 * placed before nor a marked point; names are few and short, so a few tries are enough.
 */
function placeLabel(x: number, y: number, text: string, taken: Box[]): Label {
  const width = text.length * CHARACTER_WIDTH;
  const rightFirst = x < PLOT.left + (WIDTH - PLOT.left - PLOT.right) * 0.55;
  const sides = rightFirst ? (['start', 'end'] as const) : (['end', 'start'] as const);
  const candidates = LABEL_OFFSETS.flatMap((offset) =>
    sides.map((anchor): Label => {
      const labelX = anchor === 'start' ? x + 8 : x - 8;
      const baseline = Math.min(HEIGHT - PLOT.bottom - 2, Math.max(PLOT.top + LABEL_HEIGHT, y + offset));
      const left = anchor === 'start' ? labelX : labelX - width;
      return { x: labelX, y: baseline, anchor, box: { left, right: left + width, top: baseline - LABEL_HEIGHT + 2, bottom: baseline + 2 } };
    }),
  );
  const fits = ({ box }: Label) => box.left >= PLOT.left && box.right <= WIDTH - PLOT.right && !taken.some((other) => overlaps(box, other));
  const chosen = candidates.find(fits) ?? candidates[0]!;
  taken.push(chosen.box);
  return chosen;
}

/** The frontier as a staircase: from each frontier point the best quality holds until a dearer one is better. */
function frontierPath(points: { x: number; y: number }[]): string {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  return sorted
    .map((point, index) => (index === 0 ? `M${coordinate(point.x)} ${coordinate(point.y)}` : `H${coordinate(point.x)} V${coordinate(point.y)}`))
    .join(' ');
}

/**
 * Quality (0-100, up) against a cost (log scale, right): every point, the frontier joined as a
 * staircase, and the marked points in their colours and named beside them.
 */
export function scatterChart({ id, title, description, xTitle, yTitle, xTickLabel, points }: ScatterChartOptions): Html {
  // The first cost tick is centred on the axis' start: far enough in that it clears the quality ticks.
  const scale = logScale(
    points.map((point) => point.x),
    PLOT.left + 12,
    WIDTH - PLOT.right,
  );
  const plotBottom = HEIGHT - PLOT.bottom;
  const yOf = (value: number) => PLOT.top + (plotBottom - PLOT.top) * (1 - value / 100);
  const at = (point: ScatterPoint) => ({ x: scale.position(point.x), y: yOf(point.y) });

  const yGrid = Y_TICKS.map(
    (tick) =>
      html`<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${coordinate(yOf(tick))}" y2="${coordinate(yOf(tick))}"/><text x="${PLOT.left - 4}" y="${coordinate(yOf(tick) + 4)}" text-anchor="end" data-axis="y">${tick}</text>`,
  );
  const xGrid = scale.ticks.map(
    ({ value, position }) =>
      html`<line x1="${coordinate(position)}" x2="${coordinate(position)}" y1="${PLOT.top}" y2="${plotBottom}"/><text x="${coordinate(position)}" y="${plotBottom + 14}" text-anchor="middle" data-axis="x">${xTickLabel(value)}</text>`,
  );
  const axisBreak =
    scale.breakAt === null
      ? ''
      : html`<path class="break" d="M${coordinate(scale.breakAt - 3)} ${plotBottom + 4} l4 -8 M${coordinate(scale.breakAt + 1)} ${plotBottom + 4} l4 -8"/>`;
  const titles = html`<text x="${PLOT.left}" y="${PLOT.top - 8}" text-anchor="start">${yTitle}</text><text x="${coordinate((PLOT.left + WIDTH - PLOT.right) / 2)}" y="${HEIGHT - 8}" text-anchor="middle">${xTitle}</text>`;

  const others = points.filter((point) => !point.onFrontier && !point.marked);
  const frontier = points.filter((point) => point.onFrontier);
  const marked = points.filter((point): point is ScatterPoint & Required<Pick<ScatterPoint, 'marked'>> => point.marked !== undefined);
  const dot = (point: ScatterPoint, className: string, radius: number) =>
    html`<circle class="${className}" cx="${coordinate(at(point).x)}" cy="${coordinate(at(point).y)}" r="${radius}"/>`;

  // Names are placed clear of every marked point, and drawn under them, so that no name hides a point.
  const taken: Box[] = marked.map((point) => {
    const { x, y } = at(point);
    return { left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 };
  });
  const labels = marked.map((point) => {
    const { x, y } = at(point);
    const { color } = seriesStyle(point.marked.styleIndex);
    const { label } = point.marked;
    const place = placeLabel(x, y, label.value, taken);
    const { box } = place;
    // A name moved away from its point gets a line back to it.
    const leader =
      Math.abs(place.y - 4 - y) > LABEL_HEIGHT / 2
        ? html`<line x1="${coordinate(x)}" y1="${coordinate(y)}" x2="${coordinate(place.x)}" y2="${coordinate(place.y - 4)}" stroke="${color}"/>`
        : '';
    // A pale box behind the name: it sits among other models' dots, which would show between its words.
    return html`${leader}<rect x="${coordinate(box.left - 2)}" y="${coordinate(box.top)}" width="${coordinate(box.right - box.left + 4)}" height="${LABEL_HEIGHT}" rx="2"/><text x="${coordinate(
      place.x,
    )}" y="${coordinate(place.y)}" text-anchor="${place.anchor}" fill="${color}" data-source="${label.source}" data-path="${label.path}">${label.value}</text>`;
  });
  const markers = marked.map((point) => {
    const { x, y } = at(point);
    return html`<circle cx="${coordinate(x)}" cy="${coordinate(y)}" r="5" fill="${seriesStyle(point.marked.styleIndex).color}"/>`;
  });

  return accessibleSvg({
    id,
    width: WIDTH,
    height: HEIGHT,
    title,
    description,
    body: html`<g class="grid axis">${yGrid}${xGrid}${axisBreak}${titles}</g>
<g class="points">${others.map((point) => dot(point, 'other', 2.2))}</g>
${frontier.length ? html`<path class="frontier" d="${frontierPath(frontier.map(at))}"/>` : ''}
<g class="points">${frontier.map((point) => dot(point, 'on-frontier', 3))}</g>
<g class="marked">${labels}${markers}</g>`,
  });
}
