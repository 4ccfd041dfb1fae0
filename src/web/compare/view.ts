import type { Field } from '../field.ts';
import { text } from '../figures.ts';
import type { ComparePageQuery, ModelScoresQuery } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { modelPageLink } from '../links.ts';

export type Comparison = ComparePageQuery['compare'];
export type ModelScores = NonNullable<ModelScoresQuery['model']>;

/** What the comparison page's sections render from: the ComparePage result and each model's ModelScores in the comparison's peer group. */
export interface CompareView {
  compare: Field<Comparison>;
  /** In the comparison's model order. */
  scores: Field<ModelScores>[];
}

export function modelIndex(view: CompareView, modelId: string): number {
  return view.compare.value.models.findIndex((model) => model.modelId === modelId);
}

/** A model's name as the API gave it, linking to its own page. */
export function modelName(view: CompareView, modelId: string): Html {
  const model = view.compare.at('models').items()[modelIndex(view, modelId)];
  if (!model) return html`${modelId}`;
  return html`<a href="${modelPageLink(model.value.modelId)}">${text(model.at('name'))}</a>`;
}

/** The header row of a per-model table: one column per model, in order. */
export function modelColumns(view: CompareView, first: string, ...after: string[]): Html {
  return html`<thead><tr><th scope="col">${first}</th>${view.compare.value.models.map(
    (model) => html`<th scope="col">${modelName(view, model.modelId)}</th>`,
  )}${after.map((heading) => html`<th scope="col">${heading}</th>`)}</tr></thead>`;
}

/** One cell per model, in the comparison's order, from a row's cells matched by model id. */
export function perModel<Cell extends { modelId: string }>(view: CompareView, cells: Field<readonly Cell[]>, render: (cell: Field<Cell>) => Html): Html[] {
  return view.compare.value.models.map((model) => {
    const cell = cells.find((candidate) => candidate.modelId === model.modelId);
    return html`<td>${cell ? render(cell) : ''}</td>`;
  });
}

/** A table that scrolls sideways on a phone rather than widening the page. */
export const scrollTable = (caption: string, body: Html) => html`<div class="scroll"><table><caption class="note">${caption}</caption>${body}</table></div>`;
