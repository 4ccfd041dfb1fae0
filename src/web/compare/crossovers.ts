import type { Field } from '../field.ts';
import { exact, text } from '../figures.ts';
import type { CrossoverVariable } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { type UsageParameter, usageLabel } from '../usage-form.ts';
import { type CompareView, type Comparison, modelName, scrollTable } from './view.ts';

type Crossover = Comparison['crossovers'][number];

/** The form field each crossover variable is: the section names it as the usage form does. */
const FORM_FIELD: Record<CrossoverVariable, UsageParameter> = {
  INPUT_SHARE: 'inputShare',
  CACHED_INPUT_SHARE: 'cachedInputShare',
  REQUESTS_PER_MONTH: 'requestsPerMonth',
  TOKENS_PER_REQUEST: 'tokensPerRequest',
};

function crossoverRow(view: CompareView, crossover: Field<Crossover>): Html {
  const { variable, cheaperBelow, cheaperAbove, tierThreshold } = crossover.value;
  const jump = tierThreshold ? html`<br><span class="note">a long-context tier starts here: the costs jump rather than meet</span>` : '';
  return html`<tr><th scope="row">${usageLabel(FORM_FIELD[variable])}</th><td class="num">${exact(crossover.at('at'))}${jump}</td><td>${modelName(
    view,
    cheaperBelow,
  )}</td><td>${modelName(view, cheaperAbove)}</td><td>${text(crossover.at('explanation'))}</td></tr>`;
}

/**
 * Where the cheaper model changes as one usage value moves, the rest of the usage held. The API
 * lists none when one model is cheaper at every usage or when the costs cannot be set against
 * each other; the page says which of the two, from the API's `costs.comparable`.
 */
export function crossoversSection(view: CompareView): Html {
  const crossovers = view.compare.at('crossovers').items();
  const body = crossovers.length
    ? scrollTable(
        'Usage values where the cheaper model changes',
        html`<thead><tr><th scope="col">Usage value moved</th><th scope="col">Changes at</th><th scope="col">Cheaper below</th><th scope="col">Cheaper above</th><th scope="col">Why</th></tr></thead><tbody>${crossovers.map(
          (crossover) => crossoverRow(view, crossover),
        )}</tbody>`,
      )
    : html`<p class="unknown">${
        view.compare.value.costs.comparable
          ? 'No crossover: one model is cheaper at every usage, whichever usage value moves.'
          : 'No crossover: the costs of these models are not comparable (not every cost is known, or they are billed in different units).'
      }</p>`;
  return html`<section aria-labelledby="crossovers"><h2 id="crossovers">Where the cheaper model changes</h2>
<p class="note">Each usage value of the form moved on its own, the others held at the usage above, at the offerings the costs were priced at.</p>
${body}
</section>`;
}
