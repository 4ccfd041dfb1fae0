import type { Field } from './field.ts';
import type { NullReason } from './generated/operations.ts';
import { type Html, html } from './html.ts';
import { labelOf, NULL_REASON_LABELS } from './labels.ts';

/**
 * How a page prints what the API returned. Nothing here computes: a number is shown as the API gave
 * it (digits grouped, at most three decimals, which the API's one-decimal scores never reach), a
 * string exactly, money as the API's `formatted` text; each inside a span naming its source and path.
 */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

const mark = (field: Field<unknown>, text: string | Html) => html`<span class="fig" data-source="${field.source}" data-path="${field.path}">${text}</span>`;

/** A null figure: its reason in words (never a 0 or a bare dash), and the API's sentence when it gave one. */
export function unknown(reason: Field<NullReason | null | undefined> | NullReason | null | undefined, detail?: Field<string | null | undefined>): Html {
  const code = reason && typeof reason === 'object' ? reason.value : reason;
  const words = code ? labelOf(NULL_REASON_LABELS, code) : 'unknown';
  return html`<span class="unknown">${words}${detail?.value ? html`<small class="why">: ${text(detail as Field<string>)}</small>` : ''}</span>`;
}

export function num(
  field: Field<number | null | undefined>,
  reason?: Field<NullReason | null | undefined> | NullReason,
  detail?: Field<string | null | undefined>,
): Html {
  return field.value === null || field.value === undefined ? unknown(reason, detail) : mark(field, NUMBER.format(field.value));
}

/**
 * A number with every digit the API sent (JavaScript's shortest form of it, digits grouped): for a
 * value the API gives exactly, such as where a cost crossover is, where three decimals would round.
 */
export function exact(field: Field<number>): Html {
  return mark(field, new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.min(decimalsOf(field.value), 100) }).format(field.value));
}

/** Digits after the point in the shortest form of a number, exponent included ("1.5e-7" has 8). */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

/** A difference in points: a plus sign before a positive one, so "+4.2" reads as an advantage of the second model. */
export function signed(field: Field<number | null | undefined>): Html {
  return html`${field.value !== null && field.value !== undefined && field.value > 0 ? '+' : ''}${num(field)}`;
}

export function percent(field: Field<number | null | undefined>): Html {
  return field.value === null || field.value === undefined ? unknown(null) : html`${num(field)}%`;
}

export function text(field: Field<string | null | undefined>, reason?: Field<NullReason | null | undefined>): Html {
  return field.value === null || field.value === undefined ? unknown(reason) : mark(field, field.value);
}

/** Money as the API formats it. */
export function money(field: Field<{ formatted: string } | null | undefined>): Html {
  return field.value ? mark(field.at('formatted'), field.value.formatted) : unknown(null);
}

/** A 95% interval as the API gives it (the stylesheet puts it on a line of its own, under the value); nothing when there is none. */
export function interval(field: Field<{ lower: number; upper: number } | null | undefined>): Html {
  const found = field.present();
  return found ? html`<span class="interval">interval ${num(found.at('lower'))} to ${num(found.at('upper'))}</span>` : html``;
}

/** A flag: yes, no, or why neither. */
export function flag(value: boolean | null | undefined, notApplicable = false): Html {
  if (notApplicable) return unknown('NOT_APPLICABLE');
  if (value === null || value === undefined) return unknown('UNKNOWN');
  return value ? html`<span class="yes">yes</span>` : html`<span class="no">no</span>`;
}
