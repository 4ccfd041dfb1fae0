/**
 * "Did you mean …": the catalog entries closest to an id that names nothing, for the error that
 * refuses it. Ids are compared as people mistype them: case, separators and dots do not count
 * (`Claude Opus 4.5` is `claude-opus-4-5`), a lab prefix may be missing or extra, and a name that
 * contains what was typed (`llama-4-maverick` in `llama-4-maverick-17b-instruct`) is close.
 */

export interface Suggestible {
  /** What is suggested (a canonical id, a provider slug). */
  id: string;
  /** Other spellings it is known by (its name, its aliases). */
  names: readonly string[];
}

export const MAX_SUGGESTIONS = 3;
/** Below this similarity (0-1) an entry is not offered. */
const MIN_SIMILARITY = 0.6;

const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** 1 for the same spelling, near 1 for a typo or a contained name, towards 0 for unrelated text. */
function similarity(query: string, key: string): number {
  if (query.length === 0 || key.length === 0) return 0;
  if (query === key) return 1;
  const edits = 1 - levenshtein(query, key) / Math.max(query.length, key.length);
  const contained =
    query.length >= 3 && (key.includes(query) || query.includes(key))
      ? 0.7 + (0.25 * Math.min(query.length, key.length)) / Math.max(query.length, key.length)
      : 0;
  return Math.max(edits, contained);
}

/** The spellings an entry is matched on: its id, the id without a `lab/` prefix, and its names. */
function keys(entry: Suggestible): string[] {
  const spellings = [entry.id, entry.id.slice(entry.id.lastIndexOf('/') + 1), ...entry.names];
  return [...new Set(spellings.map(normalise).filter((key) => key.length > 0))];
}

/** Up to `limit` entry ids closest to `query`, the closest first (ties by id); empty when nothing is close. */
export function closestMatches(query: string, entries: readonly Suggestible[], limit = MAX_SUGGESTIONS): string[] {
  const wanted = [normalise(query), normalise(query.slice(query.lastIndexOf('/') + 1))].filter((key) => key.length > 0);
  if (wanted.length === 0) return [];
  return entries
    .map((entry) => ({ id: entry.id, score: Math.max(...keys(entry).flatMap((key) => wanted.map((w) => similarity(w, key)))) }))
    .filter(({ score }) => score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** "; did you mean a, b or c?" (empty without suggestions). */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const listed = suggestions.length === 1 ? suggestions[0]! : `${suggestions.slice(0, -1).join(', ')} or ${suggestions.at(-1)}`;
  return `; did you mean ${listed}?`;
}
