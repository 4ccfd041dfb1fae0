import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';

builder.addScalarType('LocalDate', LocalDateResolver);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const parsePartialDate = (value: unknown): string => {
  if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) throw new TypeError('PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
};

builder.addScalarType(
  'PartialDate',
  new GraphQLScalarType<string, string>({
    name: 'PartialDate',
    description:
      'A calendar date as precise as the source states it: YYYY-MM-DD, YYYY-MM or YYYY. Sources often give a release month only; it is never padded to a made-up day.',
    serialize: parsePartialDate,
    parseValue: parsePartialDate,
    parseLiteral: (ast) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : null),
  }),
);
