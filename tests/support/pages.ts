/**
 * Reading the HTML pages in tests: fetch one through the app, parse it (linkedom), and hold every
 * figure it prints against the API's own answer. The pages mark each figure with `data-source`
 * (which operation's result) and `data-path` (where in it); the charts' tick labels carry
 * `data-axis`. Nothing else on a page may contain a digit.
 */
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { App } from '../../src/app.ts';

export interface FetchedPage {
  status: number;
  headers: Headers;
  text: string;
  document: Document;
}

export async function fetchPage(app: App, path: string, init: RequestInit = {}): Promise<FetchedPage> {
  const response = await app.fetch(`http://localhost${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, document: parseHTML(text).document as unknown as Document };
}

export interface Figure {
  source: string;
  path: string;
  text: string;
}

export function figuresOf(document: Document): Figure[] {
  return [...document.querySelectorAll('[data-path]')].map((element) => ({
    source: element.getAttribute('data-source') ?? '',
    path: element.getAttribute('data-path') ?? '',
    text: element.textContent ?? '',
  }));
}

/** `compare.signals[2].cells[0].value` in an operation's result. */
export function valueAt(data: unknown, path: string): unknown {
  return path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .reduce<unknown>((value, step) => {
      if (value === null || value === undefined) return undefined;
      const index = /^\[(\d+)\]$/.exec(step);
      return index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[step];
    }, data);
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * Every figure on the page equals the field it names: a string exactly, a number as printed (digits
 * grouped with commas, at most three decimals: a value with more is compared at three, unless the
 * page prints it with every digit, as it does a crossover's exact value). A figure
 * whose field is null or missing is an error too: unknowns are shown as words, not figures.
 */
type Mismatch = Figure & { expected?: unknown; problem?: string };

export function expectFiguresMatch(document: Document, sources: Record<string, unknown>): Figure[] {
  const figures = figuresOf(document);
  const wrong = figures.flatMap((figure): Mismatch[] => {
    if (!(figure.source in sources)) return [{ ...figure, problem: 'unknown source' }];
    const value = valueAt(sources[figure.source], figure.path);
    if (typeof value === 'string') return value === figure.text ? [] : [{ ...figure, expected: value }];
    if (typeof value === 'number') {
      const printed = Number(figure.text.replace(/,/g, ''));
      const expected = Number(value.toFixed(Math.min(3, decimalsOf(value))));
      return printed === expected || printed === value ? [] : [{ ...figure, expected: value }];
    }
    return [{ ...figure, expected: value, problem: 'not a string or number' }];
  });
  expect(wrong).toEqual([]);
  return figures;
}

/** A chart's tick label: text in a chart's SVG marked with its axis. Only there is `data-axis` an excuse for a digit. */
const TICK_LABELS = 'svg[role="img"] text[data-axis]';

/** The text of `main` outside every marked figure and chart tick label: where a digit would be a number the API did not give. */
export function unmarkedText(document: Document): string {
  const main = document.querySelector('main')!.cloneNode(true) as Element;
  for (const element of [...main.querySelectorAll(`[data-path], ${TICK_LABELS}`)]) element.remove();
  return main.textContent ?? '';
}

export function expectNoUnmarkedDigits(document: Document): void {
  const text = unmarkedText(document);
  const digits = [...text.matchAll(/\d/g)].map((match) => text.slice(Math.max(0, match.index - 40), match.index + 40));
  expect(digits).toEqual([]);
}

/** The charts' tick labels, the only numbers that are not fields, by axis ("y": the 0-100 scores, "x": the frontier's costs). */
export function axisTicks(document: Document, axis: 'x' | 'y'): string[] {
  return [...document.querySelectorAll(TICK_LABELS)]
    .filter((element) => element.getAttribute('data-axis') === axis)
    .map((element) => element.textContent ?? '');
}

/** The cells of the table row whose header cell reads `label`, in the section with id `section`. */
export function rowCells(document: Document, section: string, label: string): string[] {
  const rows = [...document.querySelectorAll(`section[aria-labelledby="${section}"] tbody tr`)];
  const row = rows.find((candidate) => candidate.querySelector('th')?.textContent?.trim() === label);
  if (!row) throw new Error(`no row "${label}" in section ${section}`);
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
}
