/**
 * The schema builder: its plugins, every scalar, and the Query and Mutation roots. Each GraphQL type
 * lives in its own file under types/, beside the root fields that return it; schema.ts imports them.
 */
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import type { Context } from './context.ts';
import { zodValidationError } from './errors.ts';
import { decodeGlobalId } from './ids.ts';

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

builder.queryType({ description: 'Which AI model should I use, and what will it cost me?' });
builder.mutationType({ description: 'Admin operations: each needs `Authorization: Bearer <ADMIN_TOKEN>`.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items match, across all pages.', resolve: (connection) => connection.totalCount }),
);

builder.addScalarType('LocalDate', LocalDateResolver);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);

/** A scalar of strings that match `pattern`, kept as the client wrote them. */
function stringScalar(name: string, description: string, pattern: RegExp, problem: string): GraphQLScalarType<string, string> {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value)) throw new TypeError(problem);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: parse,
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
  });
}

builder.addScalarType(
  'PartialDate',
  stringScalar(
    'PartialDate',
    'A calendar date as precise as the source states it: YYYY-MM-DD, YYYY-MM or YYYY. Sources often give ' +
      'a release month only; it is never padded to a made-up day.',
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);

builder.addScalarType(
  'Decimal',
  stringScalar(
    'Decimal',
    'An exact decimal number written as a string ("1.25"), so money never passes through a float.',
    /^-?\d+(\.\d+)?$/,
    'Decimal must be a string like "1.25"',
  ),
);
