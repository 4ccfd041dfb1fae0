import type { UsageInput } from './generated/operations.ts';
import { type Html, html } from './html.ts';

/**
 * The usage a comparison is priced at, from the page's query string. The parameters are named as
 * the API's UsageInput fields; the page only checks that each is a number, and the API decides
 * what a valid usage is (its BAD_USER_INPUT becomes the 400 page).
 */
const USAGE_FIELDS = [
  { name: 'requestsPerMonth', label: 'Requests per month', placeholder: 'default: a hundred a day' },
  { name: 'tokensPerRequest', label: 'Tokens per request', placeholder: 'default: a thousand' },
  { name: 'inputShare', label: 'Input share (fraction of tokens)', placeholder: 'default: three fifths' },
  { name: 'cachedInputShare', label: 'Cached share of input (fraction)', placeholder: 'default: none' },
] as const satisfies readonly { name: keyof UsageInput; label: string; placeholder: string }[];

export type UsageParameter = (typeof USAGE_FIELDS)[number]['name'];

/** A usage field's name in the form, so that other sections call it what the form calls it. */
export const usageLabel = (name: UsageParameter) => USAGE_FIELDS.find((field) => field.name === name)!.label;

export type ParsedUsage = { ok: true; usage: UsageInput | undefined; given: Partial<Record<UsageParameter, string>> } | { ok: false; problems: string[] };

export function parseUsage(params: URLSearchParams): ParsedUsage {
  const usage: UsageInput = {};
  const given: Partial<Record<UsageParameter, string>> = {};
  const problems: string[] = [];
  for (const { name, label } of USAGE_FIELDS) {
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    given[name] = raw;
    const value = Number(raw);
    if (Number.isFinite(value)) usage[name] = value;
    else problems.push(`${label} (${name}) must be a number, not "${raw}".`);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, usage: Object.keys(usage).length ? usage : undefined, given };
}

/** A GET form back to the same page: the models stay, the usage changes. */
export function usageForm(action: string, hidden: Record<string, string>, given: Partial<Record<UsageParameter, string>>): Html {
  return html`<form class="usage" method="get" action="${action}">
${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${USAGE_FIELDS.map(
  ({ name, label, placeholder }) =>
    html`<label>${label}<input name="${name}" inputmode="decimal" value="${given[name] ?? ''}" placeholder="${placeholder}"></label>`,
)}
<button type="submit">Recalculate</button>
</form>`;
}
