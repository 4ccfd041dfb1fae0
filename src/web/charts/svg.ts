import { type Html, html } from '../html.ts';

/**
 * What every chart shares: the series colours (Okabe–Ito, told apart with colour-blindness) with a
 * dash pattern each so that lines differ without colour too, and the accessible <svg> wrapper.
 */
export const SERIES_STYLES = [
  { color: '#0072B2', dash: '' },
  { color: '#D55E00', dash: '6 3' },
  { color: '#009E73', dash: '2 3' },
  { color: '#CC79A7', dash: '8 3 2 3' },
  { color: '#E69F00', dash: '1 2' },
] as const;

export const seriesStyle = (index: number) => SERIES_STYLES[index % SERIES_STYLES.length]!;

/** An image for assistive technology: its title and description name what it shows; the page gives the data as a table too. */
export function accessibleSvg(options: { id: string; width: number; height: number; title: string; description: string; body: Html }): Html {
  const { id, width, height, title, description, body } = options;
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${body}</svg>`;
}

/** A short line in a series' style, for a legend. */
export function legendSwatch(index: number): Html {
  const { color, dash } = seriesStyle(index);
  return html`<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${color}" stroke-width="3" stroke-dasharray="${dash}"/></svg>`;
}

/** Coordinates are rounded to a tenth of a unit: the drawing needs no more, and the markup stays small. */
export const coordinate = (value: number) => Math.round(value * 10) / 10;

/** A dot as the scatter chart draws it, for a legend: a compared model's (by its index) or a frontier or other model's (styled by the stylesheet). */
export function legendDot(style: number | 'on-frontier' | 'other'): Html {
  const look = typeof style === 'number' ? html`class="marked" fill="${seriesStyle(style).color}"` : html`class="${style}"`;
  return html`<svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="${typeof style === 'number' ? 5 : 3.5}" ${look}/></svg>`;
}
