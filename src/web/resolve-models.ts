import type { ApiClient } from './api.ts';
import { ModelLookupDocument, type ModelLookupQuery } from './generated/operations.ts';

export type ModelMatch = ModelLookupQuery['models']['edges'][number]['node'];

export type Resolution = { requested: string; id: string } | { requested: string; id: null; suggestions: ModelMatch[] };

const SUGGESTIONS = 5;
/** Enough shorter searches to find "claude-opus" for "claude-opus-9", few enough to stay cheap. */
const MAX_SEARCHES = 4;

/**
 * What a person typed, as a model id: an id or alias the API knows; else a display name, when the
 * API's search finds exactly one model, or one whose name is exactly it ("GPT-5.4" among GPT-5.4
 * mini, nano, Pro …). Anything else is not guessed: it comes back with close matches to suggest.
 */
export async function resolveModel(api: ApiClient, requested: string): Promise<Resolution> {
  const first = await lookup(api, requested);
  if (first.model) return { requested, id: first.model.canonicalId };
  const matches = first.models.edges.map((edge) => edge.node);
  const exact = matches.filter((match) => match.name.toLowerCase() === requested.toLowerCase());
  if (exact.length === 1) return { requested, id: exact[0]!.canonicalId };
  if (first.models.totalCount === 1 && matches.length === 1) return { requested, id: matches[0]!.canonicalId };
  return { requested, id: null, suggestions: matches.length ? matches : await closeMatches(api, requested) };
}

/** Searches for ever shorter beginnings of the text, cut at its separators, until one finds models. */
async function closeMatches(api: ApiClient, requested: string): Promise<ModelMatch[]> {
  for (const search of shorterSearches(requested).slice(0, MAX_SEARCHES)) {
    const found = (await lookup(api, search)).models.edges.map((edge) => edge.node);
    if (found.length) return found;
  }
  return [];
}

/** "openai/gpt-9-turbo" → "openai/gpt-9", "openai/gpt", "gpt-9-turbo", "gpt-9", "gpt": longest first, then without the lab. */
export function shorterSearches(requested: string): string[] {
  const withoutLab = requested.includes('/') ? requested.slice(requested.lastIndexOf('/') + 1) : null;
  const searches = new Set<string>();
  for (const text of [requested, withoutLab]) {
    if (!text) continue;
    if (text !== requested) searches.add(text);
    for (let cut = text.search(/[-\s/._:][^-\s/._:]*$/); cut >= 3; cut = text.slice(0, cut).search(/[-\s/._:][^-\s/._:]*$/)) {
      searches.add(text.slice(0, cut));
    }
  }
  return [...searches];
}

async function lookup(api: ApiClient, text: string): Promise<ModelLookupQuery> {
  const result = await api(ModelLookupDocument, { id: text, search: text, first: SUGGESTIONS });
  // The lookup takes any string: an error here is the API failing, not the user.
  if (!result.ok) throw new Error(`model lookup failed: ${result.errors.map((error) => error.message).join('; ')}`);
  return result.data;
}
