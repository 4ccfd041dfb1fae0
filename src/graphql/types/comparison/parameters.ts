import { PARAMETER_NAMES, type ParameterCell, type ParameterRow, type ParameterTable } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { NullReasonEnum } from '../enums.ts';

/** A parameter row; values are shown as text with their unit so one GraphQL type serves every row. */
interface ParameterRowView {
  parameter: keyof ParameterTable;
  row: ParameterRow<unknown>;
}

export const ParameterCellRef = builder.objectRef<ParameterCell<unknown>>('ParameterCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    value: t.string({
      nullable: true,
      description: 'Numbers in the row’s unit, dates as YYYY-MM(-DD), flags as true/false, lists comma-separated.',
      resolve: (cell) => (cell.value === null ? null : Array.isArray(cell.value) ? cell.value.join(', ') : String(cell.value)),
    }),
    numericValue: t.float({ nullable: true, resolve: (cell) => (typeof cell.value === 'number' ? cell.value : null) }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (cell) => cell.reason }),
  }),
});

export const ParameterEnum = builder.enumType('ComparedParameter', { values: PARAMETER_NAMES });

export const ParameterRowRef = builder.objectRef<ParameterRowView>('ParameterRow').implement({
  fields: (t) => ({
    parameter: t.field({ type: ParameterEnum, resolve: (view) => view.parameter }),
    unit: t.string({ nullable: true, resolve: (view) => view.row.unit }),
    cells: t.field({ type: [ParameterCellRef], resolve: (view) => view.row.cells }),
    differs: t.boolean({ resolve: (view) => view.row.differs }),
  }),
});

/** The table's rows in page order, each with its parameter's name. */
export const parameterRows = (table: ParameterTable): ParameterRowView[] =>
  PARAMETER_NAMES.map((parameter) => ({ parameter, row: table[parameter] as ParameterRow<unknown> }));
