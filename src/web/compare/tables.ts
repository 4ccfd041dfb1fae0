import type { Field } from '../field.ts';
import { flag, num, text, unknown } from '../figures.ts';
import type { Capability } from '../generated/operations.ts';
import { type Html, html } from '../html.ts';
import { CAPABILITY_LABELS, labelOf, PARAMETER_LABELS } from '../labels.ts';
import { benchmarkBoard } from '../ranks.ts';
import { differenceOf, outcomeOf } from './outcome.ts';
import { type CompareView, type Comparison, modelColumns, perModel, scrollTable } from './view.ts';

type ParameterCell = Comparison['parameters'][number]['cells'][number];
type BenchmarkRow = Comparison['benchmarks'][number];

type MatrixRow = { differs: boolean; cells: { modelId: string }[] };

interface MatrixSection<Row extends MatrixRow> {
  id: string;
  title: string;
  caption: string;
  firstColumn: string;
  rows: Field<Row[]>;
  label: (row: Row) => string;
  cell: (cell: Field<Row['cells'][number]>, row: Row) => Html;
}

/** A table of one row per property and one column per model, each row marked when its values differ. */
function matrixSection<Row extends MatrixRow>(view: CompareView, section: MatrixSection<Row>): Html {
  const rows = section.rows
    .items()
    .map(
      (row) =>
        html`<tr class="${row.value.differs ? 'differs' : ''}"><th scope="row">${section.label(row.value)}</th>${perModel(view, row.at('cells'), (cell) =>
          section.cell(cell, row.value),
        )}</tr>`,
    );
  return html`<section aria-labelledby="${section.id}"><h2 id="${section.id}">${section.title}</h2>
${scrollTable(section.caption, html`${modelColumns(view, section.firstColumn)}<tbody>${rows}</tbody>`)}
</section>`;
}

/** Capabilities: yes, no, unknown, or not applicable where the API says the capability does not apply to the model. */
export function capabilitiesSection(view: CompareView): Html {
  const notApplicable = (modelId: string, capability: Capability) =>
    view.compare.value.models.find((model) => model.modelId === modelId)?.model.capabilitiesNotApplicable.includes(capability) ?? false;
  return matrixSection(view, {
    id: 'capabilities',
    title: 'Capabilities',
    caption: 'What each model can do; rows marked differs are not the same for every model',
    firstColumn: 'Capability',
    rows: view.compare.at('capabilities'),
    label: (row) => labelOf(CAPABILITY_LABELS, row.capability),
    cell: (cell, row) => flag(cell.value.value, notApplicable(cell.value.modelId, row.capability)),
  });
}

/** A parameter as the API gives it: a number in the row's unit, a flag, a date or a list; or why it is missing. */
function parameterValue(cell: Field<ParameterCell>, unit: string | null): Html {
  const { value, numericValue } = cell.value;
  if (value === null) return unknown(cell.at('reason'));
  if (numericValue !== null) return html`${num(cell.at('numericValue'))}${unit ? ` ${unit}` : ''}`;
  if (value === 'true' || value === 'false') return flag(value === 'true');
  return text(cell.at('value'));
}

export function parametersSection(view: CompareView): Html {
  return matrixSection(view, {
    id: 'parameters',
    title: 'Parameters',
    caption: 'Limits, weights and dates; rows marked differs are not the same for every model',
    firstColumn: 'Parameter',
    rows: view.compare.at('parameters'),
    label: (row) => labelOf(PARAMETER_LABELS, row.parameter),
    cell: (cell, row) => parameterValue(cell, row.unit),
  });
}

function benchmarkRow(view: CompareView, row: Field<BenchmarkRow>): Html {
  const score = (cell: Field<BenchmarkRow['cells'][number]>) =>
    html`${num(cell.at('score'))}${
      cell.value.ciLower !== null && cell.value.ciUpper !== null
        ? html`<span class="interval">interval ${num(cell.at('ciLower'))} to ${num(cell.at('ciUpper'))}</span>`
        : ''
    }`;
  const { peerGroup } = view.compare.value;
  const name = text(row.at('benchmarkName'));
  return html`<tr><th scope="row">${peerGroup ? benchmarkBoard(peerGroup, row.value.benchmarkId, name) : name} <span class="note">(${text(row.at('metric'))})</span></th>${perModel(view, row.at('cells'), score)}<td class="num">${differenceOf(row)}</td><td>${outcomeOf(view, row)}</td></tr>`;
}

/** The benchmarks every compared model has a result on, with the scores as the source gives them. */
export function benchmarksSection(view: CompareView): Html {
  const rows = view.compare.at('benchmarks').items();
  const body = rows.length
    ? scrollTable(
        'Shared benchmarks: raw scores',
        html`${modelColumns(view, 'Benchmark', 'Difference', 'Winner')}<tbody>${rows.map((row) => benchmarkRow(view, row))}</tbody>`,
      )
    : html`<p class="unknown">No benchmark has a result for every one of these models.</p>`;
  return html`<section aria-labelledby="benchmarks"><h2 id="benchmarks">Shared benchmarks</h2>${body}</section>`;
}
