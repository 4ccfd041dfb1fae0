import type { ApiClient } from '../api.ts';
import { apiErrorPage, type Page, problemPage, unknownModelsPage } from '../error-pages.ts';
import { root } from '../field.ts';
import { text } from '../figures.ts';
import { ModelDetailDocument, ModelScoresDocument } from '../generated/operations.ts';
import { historySection } from '../history.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { modelPageLink } from '../links.ts';
import { peerGroupBoard } from '../ranks.ts';
import { resolveModel } from '../resolve-models.ts';
import { benchmarksSection, capabilitiesSection, factsSection, offeringsSection, scoresSection } from './sections.ts';

export const DETAIL_SOURCE = 'ModelDetail';
export const SCORES_SOURCE = 'ModelScores';

/** GET /model?id=… : one model's facts, scores, ranks, history, offerings and benchmark results (ModelDetail and ModelScores). */
export async function modelPage(api: ApiClient, params: URLSearchParams): Promise<Page> {
  const requested = params.get('id')?.trim();
  if (!requested) return problemPage(400, 'Which model?', [html`Give a model id, alias or name: <code>/model?id=openai/gpt-5</code>.`]);

  let id = requested;
  let detail = await api(ModelDetailDocument, { id });
  if (detail.ok && !detail.data.model) {
    const resolution = await resolveModel(api, requested);
    if (resolution.id === null)
      return unknownModelsPage([{ requested, suggestions: resolution.suggestions, linkFor: (match) => modelPageLink(match.canonicalId) }]);
    id = resolution.id;
    detail = await api(ModelDetailDocument, { id });
  }
  if (!detail.ok) return apiErrorPage(detail.errors);
  const scores = await api(ModelScoresDocument, { id, peerGroup: null });
  if (!scores.ok) return apiErrorPage(scores.errors);

  const model = root(DETAIL_SOURCE, detail.data).at('model').present();
  const scored = root(SCORES_SOURCE, scores.data).at('model').present();
  if (!model || !scored) throw new Error(`the model ${id} disappeared between two operations`);
  const compareWith = `${model.value.canonicalId}, `;
  return {
    status: 200,
    body: layout(
      model.value.name,
      html`<h1>${text(model.at('name'))}</h1>
<p class="lead">by ${text(model.at('lab').at('name'))} · <code>${text(model.at('canonicalId'))}</code> · scored among ${peerGroupBoard(model.value.peerGroup)}</p>
<form class="pick" method="get" action="/compare"><label>Compare with (add ids or names, comma-separated)<input name="models" value="${compareWith}" required></label><button type="submit">Compare</button></form>
${scoresSection(scored)}
${historySection([{ index: 0, name: text(model.at('name')), model: scored }])}
${factsSection(model)}
${capabilitiesSection(model)}
${offeringsSection(model)}
${benchmarksSection(model)}`,
    ),
  };
}
