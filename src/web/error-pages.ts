import { type ApiError, isUserError } from './api.ts';
import { type Html, html } from './html.ts';
import { layout } from './layout.ts';
import type { ModelMatch } from './resolve-models.ts';

export interface Page {
  status: number;
  body: Html;
}

export function problemPage(status: number, title: string, problems: Html[], more: Html = html``): Page {
  return {
    status,
    body: layout(
      title,
      html`<h1>${title}</h1>${problems.map((problem) => html`<div class="problem" role="alert">${problem}</div>`)}${more}<p><a href="/">See the examples</a></p>`,
    ),
  };
}

/** The API refused the request: the user's input (400, with the API's own words) or the API itself (503 when the database is away, else 500). */
export function apiErrorPage(errors: ApiError[]): Page {
  if (errors.every(isUserError)) {
    return problemPage(
      400,
      'This request cannot be answered',
      errors.map((error) => html`${error.message}`),
    );
  }
  const unavailable = errors.some((error) => error.extensions?.code === 'DATABASE_UNAVAILABLE');
  return problemPage(unavailable ? 503 : 500, unavailable ? 'The catalog is unavailable right now' : 'Something went wrong', [
    html`${unavailable ? 'The database cannot be reached; try again in a moment.' : 'The API could not answer this page. The error is in the server log.'}`,
  ]);
}

export interface UnknownModel {
  requested: string;
  suggestions: ModelMatch[];
  /** The same page with the suggestion in place of what was typed. */
  linkFor(suggestion: ModelMatch): string;
}

/** 404: which of the typed models names nothing, and the close matches the API's search found. */
export function unknownModelsPage(unknown: UnknownModel[]): Page {
  const problems = unknown.map(({ requested, suggestions, linkFor }) => {
    const list = suggestions.length
      ? html`<p>Did you mean:</p><ul>${suggestions.map((match) => html`<li><a href="${linkFor(match)}">${match.name}</a> <span class="note">${match.canonicalId}</span></li>`)}</ul>`
      : html`<p class="note">No model's id, name or alias resembles it.</p>`;
    return html`<p>No model is called “${requested}”.</p>${list}`;
  });
  return problemPage(404, unknown.length === 1 ? 'Unknown model' : 'Unknown models', problems);
}
