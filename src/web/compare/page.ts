import { type ApiClient, type ApiError, ApiFailure, type ApiResult } from '../api.ts';
import { apiErrorPage, type Page, problemPage, unknownModelsPage } from '../error-pages.ts';
import { root } from '../field.ts';
import { text } from '../figures.ts';
import { ComparePageDocument, type ComparePageQuery, FrontierDocument, ModelScoresDocument, type UsageInput } from '../generated/operations.ts';
import { historySection } from '../history.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import { comparePageLink } from '../links.ts';
import { peerGroupBoard } from '../ranks.ts';
import { resolveModel } from '../resolve-models.ts';
import { parseUsage } from '../usage-form.ts';
import { costsSection } from './costs.ts';
import { crossoversSection } from './crossovers.ts';
import { frontierSection } from './frontier.ts';
import { overallSection } from './overall.ts';
import { signalsSection } from './signals.ts';
import { benchmarksSection, capabilitiesSection, parametersSection } from './tables.ts';
import { useCasesSection, verdictsSection } from './use-cases.ts';
import { type CompareView, modelName } from './view.ts';

/** The page's sources, as `data-source` names them: the ComparePage result, each model's ModelScores by its position, and the peer group's Frontier. */
export const COMPARE_SOURCE = 'ComparePage';
export const scoresSource = (index: number) => `ModelScores[${index}]`;
export const FRONTIER_SOURCE = 'Frontier';

/** An id the API does not know (its error may name several problems): worth trying the typed text as a display name. */
const namesUnknownModel = (errors: ApiError[]) =>
  errors.some(({ extensions }) => extensions?.reason === 'UNKNOWN_MODEL' || extensions?.problems?.some((problem) => problem.reason === 'UNKNOWN_MODEL'));

/**
 * Runs ComparePage with the models as typed. When the API knows one of them by no id or alias,
 * each typed text is resolved (display names, close matches) and the operation runs again with
 * the ids; a text that names no model with certainty ends in the 404 page.
 */
async function runComparison(api: ApiClient, requested: string[], usage: UsageInput | undefined): Promise<ApiResult<ComparePageQuery> | Page> {
  const first = await api(ComparePageDocument, { models: requested, usage });
  if (first.ok || !namesUnknownModel(first.errors)) return first;
  const resolutions = await Promise.all(requested.map((text) => resolveModel(api, text)));
  const unknown = resolutions.flatMap((resolution, position) =>
    resolution.id === null
      ? [
          {
            requested: resolution.requested,
            suggestions: resolution.suggestions,
            linkFor: (match: { canonicalId: string }) => comparePageLink(requested.map((text, index) => (index === position ? match.canonicalId : text))),
          },
        ]
      : [],
  );
  if (unknown.length) return unknownModelsPage(unknown);
  return api(ComparePageDocument, { models: resolutions.map((resolution) => resolution.id!), usage });
}

/** GET /compare?models=a,b[,c…][&requestsPerMonth=…&tokensPerRequest=…&inputShare=…&cachedInputShare=…] */
export async function comparePage(api: ApiClient, params: URLSearchParams): Promise<Page> {
  const modelsParam = params.get('models') ?? '';
  const requested = modelsParam
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (requested.length === 0)
    return problemPage(400, 'Which models?', [
      html`Give two to five models, comma-separated: <code>/compare?models=openai/gpt-5,anthropic/claude-opus-4.5</code>.`,
    ]);
  const usage = parseUsage(params);
  if (!usage.ok)
    return problemPage(
      400,
      'This usage cannot be priced',
      usage.problems.map((problem) => html`${problem}`),
    );

  const result = await runComparison(api, requested, usage.usage);
  if ('status' in result) return result;
  if (!result.ok) return apiErrorPage(result.errors);
  const { compare } = result.data;

  const [frontierResult, ...scores] = await Promise.all([
    compare.peerGroup ? api(FrontierDocument, { peerGroup: compare.peerGroup, usage: usage.usage }) : null,
    ...compare.models.map((model) => api(ModelScoresDocument, { id: model.modelId, peerGroup: compare.peerGroup })),
  ]);
  const failed = [frontierResult, ...scores].find((one) => one && !one.ok);
  if (failed && !failed.ok) return apiErrorPage(failed.errors);
  const frontier = frontierResult?.ok ? root(FRONTIER_SOURCE, frontierResult.data).at('frontier') : null;
  const view: CompareView = {
    compare: root(COMPARE_SOURCE, result.data).at('compare'),
    scores: scores.map((one, index) => {
      if (!one.ok || !one.data.model) throw new ApiFailure(`ModelScores found no model ${compare.models[index]!.modelId}`);
      return root(scoresSource(index), one.data).at('model').present()!;
    }),
  };

  const names = compare.models.map((model) => model.name).join(' vs ');
  const heading = view.compare
    .at('models')
    .items()
    .map((model, index) => html`${index ? html` <span class="note">vs</span> ` : ''}${text(model.at('name'))}`);
  const group = compare.peerGroup
    ? html`Compared among ${peerGroupBoard(compare.peerGroup)}.`
    : 'These models share no peer group: figures normalised within a group are not set against each other.';
  return {
    status: 200,
    body: layout(
      names,
      html`<h1>${heading}</h1>
<p class="lead">${group}</p>
<p class="summary" id="summary">${text(view.compare.at('summary').at('text'))}</p>
${signalsSection(view)}
${overallSection(view)}
${historySection(view.scores.map((model, index) => ({ index, name: modelName(view, model.value.canonicalId), model })))}
${costsSection(view, modelsParam, usage.given)}
${crossoversSection(view)}
${frontierSection(view, frontier)}
${benchmarksSection(view)}
${capabilitiesSection(view)}
${parametersSection(view)}
${useCasesSection(view)}
${verdictsSection(view)}`,
    ),
  };
}
