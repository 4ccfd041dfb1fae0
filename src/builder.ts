import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { Context } from './context.ts';
import { decodeGlobalId } from './schema/global-id.ts';
import { zodValidationError } from './schema/validation-error.ts';

/** Every connection is capped: a client cannot ask for the whole catalog in one page. */
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Connection: { totalCount: number };
  Scalars: {
    LocalDate: { Input: string; Output: string };
    PartialDate: { Input: string; Output: string };
    Decimal: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  plugins: [RelayPlugin, ZodPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    nodesQueryOptions: false,
    decodeGlobalID: decodeGlobalId,
    firstArgOptions: { validate: { min: 0, max: MAX_PAGE_SIZE } },
    lastArgOptions: { validate: { min: 0, max: MAX_PAGE_SIZE } },
  },
  zod: { validationError: zodValidationError },
});
