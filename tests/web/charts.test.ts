/**
 * The frontier chart's drawing on its own: the log cost axis (decades that cover every value, zero
 * behind a break, ticks that do not crowd at phone width) and the compared models' names (never on
 * top of each other or of a marked point, always inside the drawing), for points crowded on purpose.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { logScale } from '../../src/web/charts/log-scale.ts';
import { scatterChart } from '../../src/web/charts/scatter-chart.ts';
import { root } from '../../src/web/field.ts';

describe('the log cost axis', () => {
  const start = 40;
  const end = 340;

  it.each([
    { name: 'costs over five decades', values: [0.0042, 0.3, 12, 127.75] },
    { name: 'free models among them', values: [0, 0, 0.0304, 5.6, 33.4] },
    { name: 'one value', values: [21.05] },
    { name: 'values spanning eleven decades', values: [1e-7, 1e4] },
  ])('$name: every value inside the axis, in order, ticks at whole decades and apart', ({ values }) => {
    const scale = logScale(values, start, end);
    const positions = [...values].sort((a, b) => a - b).map((value) => scale.position(value));
    for (const position of positions) expect(position).toBeGreaterThanOrEqual(start);
    for (const position of positions) expect(position).toBeLessThanOrEqual(end);
    for (const [i, position] of positions.entries()) if (i) expect(position).toBeGreaterThanOrEqual(positions[i - 1]!);
    const ticks = scale.ticks.filter((tick) => tick.value > 0);
    for (const tick of ticks) expect(Math.log10(tick.value) % 1).toBeCloseTo(0, 12);
    // Room for "$0.01" beside "$0.1" at phone width; "$0" is shorter and needs less.
    for (const [i, tick] of scale.ticks.entries())
      if (i) expect(tick.position - scale.ticks[i - 1]!.position).toBeGreaterThanOrEqual(scale.ticks[i - 1]!.value ? 40 : 30);
    const positive = values.filter((value) => value > 0);
    expect(ticks[0]!.value).toBeLessThanOrEqual(Math.min(...positive));
    expect(scale.position(Math.max(...positive))).toBeLessThanOrEqual(end);
  });

  it('places zero at the start, behind a break, and only when a value is zero', () => {
    const withZero = logScale([0, 0.5, 50], start, end);
    expect(withZero.position(0)).toBe(start);
    expect(withZero.ticks[0]).toEqual({ value: 0, position: start });
    expect(withZero.breakAt).toBeGreaterThan(start);
    expect(withZero.breakAt).toBeLessThan(withZero.ticks[1]!.position);
    const without = logScale([0.5, 50], start, end);
    expect(without.breakAt).toBeNull();
    expect(without.ticks.map((tick) => tick.value)).not.toContain(0);
  });
});

describe('the scatter chart', () => {
  const names = ['Claude Opus 4.5 (latest)', 'GPT-5.4', 'Gemini 2.5 Pro', 'GPT-5', 'Claude Sonnet 4.6'];
  // Five compared models within a few points and dollars of each other, among unmarked ones.
  const crowded = [
    ...names.map((name, index) => ({
      x: 10 + index,
      y: 75 + (index % 3),
      onFrontier: false,
      marked: { styleIndex: index, label: root('Test', { name }).at('name') },
    })),
    { x: 0, y: 83, onFrontier: true },
    { x: 30, y: 94, onFrontier: true },
    { x: 2, y: 40, onFrontier: false },
  ];
  const { document } = parseHTML(
    `<!doctype html><html><body>${scatterChart({
      id: 'test',
      title: 'A crowded chart',
      description: 'Five compared models close together.',
      xTitle: 'cost',
      yTitle: 'quality',
      xTickLabel: (value) => `$${value}`,
      points: crowded,
    })}</body></html>`,
  );
  const svg = document.querySelector('svg')!;
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const boxOf = (element: Element) => {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(element.getAttribute(name)));
    return { left: x!, right: x! + w!, top: y!, bottom: y! + h! };
  };
  const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('names every marked point, in its colour, with the field it came from', () => {
    const labels = [...svg.querySelectorAll('.marked text')];
    expect(labels.map((label) => label.textContent)).toEqual(names);
    expect(labels.map((label) => label.getAttribute('data-path'))).toEqual(names.map(() => 'name'));
    const dots = [...svg.querySelectorAll('.marked circle')];
    expect(labels.map((label) => label.getAttribute('fill'))).toEqual(dots.map((dot) => dot.getAttribute('fill')));
  });

  it('keeps the names inside the drawing, clear of each other and of every marked point', () => {
    const boxes = [...svg.querySelectorAll('.marked rect')].map(boxOf);
    expect(boxes).toHaveLength(names.length);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width!);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(height!);
    }
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    const dots = [...svg.querySelectorAll('.marked circle')].map((dot) => {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((name) => Number(dot.getAttribute(name)));
      return { left: cx! - r!, right: cx! + r!, top: cy! - r!, bottom: cy! + r! };
    });
    for (const box of boxes) for (const dot of dots) expect(overlap(box, dot)).toBe(false);
  });

  it('joins the frontier points as a staircase and draws the zero-cost point at the axis start', () => {
    const path = svg.querySelector('path.frontier')?.getAttribute('d') ?? '';
    expect(path).toMatch(/^M[\d.]+ [\d.]+ H[\d.]+ V[\d.]+$/);
    const frontierDots = [...svg.querySelectorAll('circle.on-frontier')].map((dot) => Number(dot.getAttribute('cx')));
    expect(Math.min(...frontierDots)).toBe(Number(svg.querySelector('text[data-axis="x"]')?.getAttribute('x')));
    expect(svg.querySelector('text[data-axis="x"]')?.textContent).toBe('$0');
  });
});
