import type { Field } from '../field.ts';
import { flag, interval, num, text, unknown } from '../figures.ts';
import type { Capability, ModelDetailQuery, ModelScoresQuery } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { CAPABILITY_LABELS, CONFIDENCE_LABELS, labelOf } from '../labels.ts';
import { benchmarkBoard, ranksOf } from '../ranks.ts';

export type ModelDetail = NonNullable<ModelDetailQuery['model']>;
export type ModelScores = NonNullable<ModelScoresQuery['model']>;

/** An enum value the API returns (PAY_PER_USE, BETA) in words. */
const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');

const table = (caption: string, head: Html, rows: Html[]) =>
  html`<div class="scroll"><table><caption class="note">${caption}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;

function tokens(limit: Field<{ tokens: number | null; reason: ModelDetail['limits']['contextWindow']['reason'] }>): Html {
  return limit.value.tokens === null ? unknown(limit.at('reason')) : html`${num(limit.at('tokens'))} tokens`;
}

function list(field: Field<string[]>): Html {
  return html`${field.items().map((item, index) => html`${index ? ', ' : ''}${text(item)}`)}`;
}

export function factsSection(detail: Field<ModelDetail>): Html {
  const { value } = detail;
  const rows: [string, Html][] = [
    ['Released', text(detail.at('releaseDate'))],
    ['Knowledge cutoff', text(detail.at('knowledgeCutoff'))],
    ['Open weights', flag(value.openWeights)],
    ['Licence', text(detail.at('license'))],
    ['Input', list(detail.at('inputModalities'))],
    ['Output', list(detail.at('outputModalities'))],
    ['Context window', tokens(detail.at('limits').at('contextWindow'))],
    ['Max output', tokens(detail.at('limits').at('maxOutput'))],
    ['Also known as', value.aliases.length ? list(detail.at('aliases')) : html`<span class="note">no other ids</span>`],
  ];
  return html`<section aria-labelledby="facts"><h2 id="facts">Facts</h2>${table(
    'What the sources say about the model',
    html`<th scope="col">Fact</th><th scope="col">Value</th>`,
    rows.map(([label, shown]) => html`<tr><th scope="row">${label}</th><td>${shown}</td></tr>`),
  )}</section>`;
}

export function scoresSection(scored: Field<ModelScores>): Html {
  const scores = scored.at('scores').present();
  if (!scores)
    return html`<section aria-labelledby="scores"><h2 id="scores">Scores</h2><p class="unknown">Not scored yet: a new catalog is being scored.</p></section>`;
  const overall = scores.at('overall');
  const signals = scores
    .at('signals')
    .items()
    .map(
      (signal) => html`<tr><th scope="row">${text(signal.at('name'))}</th><td>${num(signal.at('value'), signal.at('reason'), signal.at('detail'))}</td></tr>`,
    );
  const parts = overall.at('contributions').items();
  return html`<section aria-labelledby="scores"><h2 id="scores">Scores</h2>
<div class="cards"><article class="card">
<h3>Overall score</h3>
<div class="score">${num(overall.at('value'), overall.at('reason'), overall.at('detail'))}</div>
${interval(overall.at('interval'))}
<p>${overall.value.confidence ? labelOf(CONFIDENCE_LABELS, overall.value.confidence) : unknown('UNKNOWN')} <span class="note">(benchmark coverage ${num(
    scores.at('coverage').at('present'),
  )} of ${num(scores.at('coverage').at('total'))})</span></p>
${parts.length ? html`<ul class="reasons">${parts.map((part) => html`<li>${text(part.at('label'))}: ${num(part.at('value'))} at ${num(part.at('weightPercent'))}% gives ${num(part.at('points'))} points</li>`)}</ul>` : ''}
</article><article class="card"><h3>Ranks</h3>${ranksOf(scores.at('ranks'), scored.value.peerGroup)}</article></div>
${table('The six signals', html`<th scope="col">Signal</th><th scope="col">Score</th>`, signals)}
</section>`;
}

const CAPABILITY_FIELDS: [keyof ModelDetail['capabilities'], Capability][] = [
  ['visionInput', 'VISION_INPUT'],
  ['audioInput', 'AUDIO_INPUT'],
  ['pdfInput', 'PDF_INPUT'],
  ['functionCalling', 'FUNCTION_CALLING'],
  ['structuredOutput', 'STRUCTURED_OUTPUT'],
  ['reasoning', 'REASONING'],
  ['webSearch', 'WEB_SEARCH'],
  ['imageOutput', 'IMAGE_OUTPUT'],
];

export function capabilitiesSection(detail: Field<ModelDetail>): Html {
  const { capabilities, capabilitiesNotApplicable } = detail.value;
  const rows = CAPABILITY_FIELDS.map(
    ([field, capability]) =>
      html`<tr><th scope="row">${labelOf(CAPABILITY_LABELS, capability)}</th><td>${flag(capabilities[field], capabilitiesNotApplicable.includes(capability))}</td></tr>`,
  );
  return html`<section aria-labelledby="capabilities"><h2 id="capabilities">Capabilities</h2>${table(
    'What the model can do',
    html`<th scope="col">Capability</th><th scope="col">Supported</th>`,
    rows,
  )}</section>`;
}

type Offering = ModelDetail['offerings'][number];

function price(field: Field<{ display: string } | null>): Html {
  const present = field.present();
  return present ? text(present.at('display')) : unknown('UNKNOWN');
}

export function offeringsSection(detail: Field<ModelDetail>): Html {
  const row = (offering: Field<Offering>) => {
    const prices = offering.at('price');
    return html`<tr><th scope="row">${text(offering.at('provider').at('name'))}<br><small class="note">${text(offering.at('providerModelId'))}</small></th><td>${words(
      offering.value.status,
    )}</td><td>${words(prices.value.kind)}</td><td>${price(prices.at('tokens').at('input'))}</td><td>${price(prices.at('tokens').at('output'))}</td><td>${
      prices.value.perImageOutput ? price(prices.at('perImageOutput')) : html`<span class="note">none listed</span>`
    }</td><td class="note">${words(offering.value.provenance.source)}, observed ${text(offering.at('provenance').at('observedAt'))}</td></tr>`;
  };
  const offerings = detail.at('offerings').items();
  return html`<section aria-labelledby="offerings"><h2 id="offerings">Where it is served</h2>${
    offerings.length
      ? table(
          'Every provider listing mapped to this model',
          html`<th scope="col">Provider</th><th scope="col">Status</th><th scope="col">Pricing</th><th scope="col">Input</th><th scope="col">Output</th><th scope="col">Per image</th><th scope="col">Source</th>`,
          offerings.map(row),
        )
      : html`<p class="unknown">No provider in the data lists this model: it is known from a leaderboard.</p>`
  }</section>`;
}

type Result = ModelDetail['benchmarkResults'][number];

/** A source link only for a web address: data from outside never becomes a script URL. */
const isWebAddress = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

export function benchmarksSection(detail: Field<ModelDetail>): Html {
  const row = (result: Field<Result>) => {
    const { url } = result.value.provenance;
    const source = words(result.value.provenance.source);
    const name = benchmarkBoard(detail.value.peerGroup, result.value.benchmarkId, text(result.at('benchmarkName')));
    return html`<tr><th scope="row">${name}</th><td>${num(result.at('score'))} <span class="note">${text(result.at('metric'))}</span>${interval(
      result.at('confidenceInterval'),
    )}</td><td>${text(result.at('date'))}</td><td>${result.value.votes === null ? html`<span class="note">none</span>` : num(result.at('votes'))}</td><td>${
      isWebAddress(url) ? html`<a href="${url}" rel="noreferrer">${source}</a>` : source
    }</td></tr>`;
  };
  const results = detail.at('benchmarkResults').items();
  return html`<section aria-labelledby="benchmarks"><h2 id="benchmarks">Benchmark results</h2>${
    results.length
      ? table(
          'The current result on each benchmark',
          html`<th scope="col">Benchmark</th><th scope="col">Score</th><th scope="col">Date</th><th scope="col">Votes</th><th scope="col">Source</th>`,
          results.map(row),
        )
      : html`<p class="unknown">No benchmark result: the model has no quality score.</p>`
  }</section>`;
}
