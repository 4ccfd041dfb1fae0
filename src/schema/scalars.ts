import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';

builder.addScalarType('LocalDate', LocalDateResolver);
builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
