import type { Page } from './error-pages.ts';
import { EXAMPLE_COMPARISONS, EXAMPLE_LEADERBOARDS, EXAMPLE_MODELS } from './examples.ts';
import { html } from './html.ts';
import { layout } from './layout.ts';
import { comparePageLink, leaderboardPageLink, modelPageLink } from './links.ts';

/** GET /: what this is, forms to compare or look up models, examples, the leaderboards, and the way to the API itself. */
export async function landingPage(): Promise<Page> {
  return {
    status: 200,
    body: layout(
      'Which AI model should I use?',
      html`<h1>Which AI model should I use, and what will it cost me?</h1>
<p class="lead">Comparison pages rendered from this server's GraphQL API: every figure is a field of the API, sourced and explained, and unknown figures say why.</p>
<h2 id="compare">Compare models</h2>
<form class="pick" method="get" action="/compare">
<label>Models, comma-separated (ids, aliases or names)<input name="models" required placeholder="openai/gpt-5, Claude Sonnet 4.6"></label>
<button type="submit">Compare</button>
</form>
<ul class="examples">${EXAMPLE_COMPARISONS.map(({ title, models }) => html`<li><a href="${comparePageLink(models)}">${title}</a></li>`)}</ul>
<h2 id="leaderboards">Leaderboards</h2>
<p>One peer group ranked by the overall score, a signal or one benchmark; models whose scores are statistically tied share a rank, and the models that cannot be ranked are listed with the reason.</p>
<ul class="examples">${EXAMPLE_LEADERBOARDS.map(({ title, board }) => html`<li><a href="${leaderboardPageLink(board)}">${title}</a></li>`)}</ul>
<h2 id="models">One model</h2>
<form class="pick" method="get" action="/model">
<label>Model (id, alias or name)<input name="id" required placeholder="openai/gpt-5"></label>
<button type="submit">Show</button>
</form>
<ul class="examples">${EXAMPLE_MODELS.map(({ title, id }) => html`<li><a href="${modelPageLink(id)}">${title}</a></li>`)}</ul>
<h2 id="api">The API</h2>
<p><a href="/graphql">GraphiQL</a> runs queries against the API in the browser (served by this server, works offline). The pages use the operations of <code>schema/operations/</code>, the same a client generates its types from.</p>`,
    ),
  };
}
