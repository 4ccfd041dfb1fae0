import type { CapabilityRow } from '../../../domain/comparison/types.ts';
import { builder } from '../../builder.ts';
import { CapabilityEnum } from '../capabilities.ts';

export const CapabilityCellRef = builder.objectRef<CapabilityRow['cells'][number]>('CapabilityCell').implement({
  fields: (t) => ({
    modelId: t.exposeString('modelId'),
    value: t.boolean({ nullable: true, description: 'null: the sources do not say.', resolve: (cell) => cell.value }),
  }),
});

export const CapabilityRowRef = builder.objectRef<CapabilityRow>('CapabilityRow').implement({
  fields: (t) => ({
    capability: t.field({ type: CapabilityEnum, resolve: (row) => row.capability }),
    cells: t.field({ type: [CapabilityCellRef], resolve: (row) => row.cells }),
    differs: t.exposeBoolean('differs'),
  }),
});
