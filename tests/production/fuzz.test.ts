import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { ERROR_CODES } from '../../src/graphql/errors.ts';
import { schema } from '../../src/graphql/schema.ts';
import { ADMIN_TOKEN, INGEST_MUTATION, openRouterFile, startTestStore, type TestStore } from './helpers.ts';

/**
 * Random and malformed requests against the app as production builds it: none may get a 5xx, an
 * error without a stable code (or with INTERNAL_SERVER_ERROR), or a leaked driver message or
 * stack; and the server answers normally afterwards.
 */
const EXPECTED_CODES = new Set<string>([
  ...Object.keys(ERROR_CODES).filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  // Yoga's request-level codes: unparsable bodies, syntax and validation errors, unknown operation name.
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const LEAKS = /Mongo|ECONNREFUSED|\n\s+at |node_modules|TypeError|ReferenceError|Cannot read prop/;

type Pick = <T>(arbitrary: fc.Arbitrary<T>) => T;

function inputLiteral(type: GraphQLInputType, pick: Pick, depth = 0): string {
  if (isNonNullType(type)) return inputLiteral(type.ofType, pick, depth);
  if (pick(fc.nat({ max: 15 })) === 0) return pick(fc.constantFrom('null', '"x"', '-1', '1e400', '[]', '{}', 'true', '$undeclared'));
  if (isListType(type)) return `[${Array.from({ length: pick(fc.nat({ max: 3 })) }, () => inputLiteral(type.ofType, pick, depth + 1)).join(', ')}]`;
  if (isEnumType(type)) return pick(fc.constantFrom(...type.getValues().map((value) => value.name), 'NOT_A_VALUE'));
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || pick(fc.boolean()));
    return `{ ${fields.map((field) => `${field.name}: ${inputLiteral(field.type, pick, depth + 1)}`).join(', ')} }`;
  }
  switch (isScalarType(type) ? type.name : '') {
    case 'Int':
      return String(pick(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer())));
    case 'Float':
      return String(pick(fc.double({ noNaN: true, noDefaultInfinity: true })));
    case 'Boolean':
      return String(pick(fc.boolean()));
    default:
      return JSON.stringify(pick(fc.oneof(fc.string(), fc.constantFrom('openai/gpt-5', 'anthropic/claude-opus-4.5', '2025-01-01', '1.5'))));
  }
}

function selectionSet(type: GraphQLObjectType | GraphQLInterfaceType, pick: Pick, depth: number): string {
  const fields = Object.values(type.getFields());
  const selections = Array.from({ length: pick(fc.integer({ min: 1, max: 4 })) }, (_, index) => {
    const field = fields[pick(fc.nat({ max: fields.length - 1 }))]!;
    const args = field.args.filter((arg) => isNonNullType(arg.type) || pick(fc.boolean()));
    const argText = args.length ? `(${args.map((arg) => `${arg.name}: ${inputLiteral(arg.type, pick)}`).join(', ')})` : '';
    const named = getNamedType(field.type);
    const sub =
      isObjectType(named) || isInterfaceType(named)
        ? depth > 0
          ? selectionSet(named, pick, depth - 1)
          : '{ __typename }'
        : isScalarType(named) || isEnumType(named)
          ? ''
          : '{ __typename }';
    return `a${index}: ${field.name}${argText} ${sub}`;
  });
  return `{ ${selections.join(' ')} }`;
}

/** A document drawn from the schema (mostly valid), sometimes damaged by a deleted or inserted character. */
const schemaDocument = fc.gen().map((g) => {
  const pick: Pick = (arbitrary) => g(() => arbitrary);
  const document = selectionSet(schema.getQueryType()!, pick, pick(fc.integer({ min: 0, max: 4 })));
  if (pick(fc.nat({ max: 4 })) > 0) return document;
  const at = pick(fc.nat({ max: document.length - 1 }));
  return pick(fc.boolean())
    ? document.slice(0, at) + document.slice(at + 1)
    : document.slice(0, at) + pick(fc.constantFrom('{', '}', '(', '"', '$', '...', '@', '#', '\\u0000')) + document.slice(at);
});

interface FuzzRequest {
  method: 'GET' | 'POST';
  contentType: string;
  body?: string;
  search?: string;
}

/** The product's own operations (schema/operations), with random variables. */
const operationsDirectory = new URL('../../schema/operations/', import.meta.url);
const exampleOperations = readdirSync(operationsDirectory)
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => readFileSync(new URL(name, operationsDirectory), 'utf8'));

const jsonBody = (payload: unknown): FuzzRequest => ({ method: 'POST', contentType: 'application/json', body: JSON.stringify(payload) });

const requests: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 5, arbitrary: schemaDocument.map((query) => jsonBody({ query })) },
  {
    weight: 2,
    arbitrary: fc.record({ query: fc.constantFrom(...exampleOperations), variables: fc.jsonValue(), operationName: fc.option(fc.string()) }).map(jsonBody),
  },
  { weight: 1, arbitrary: fc.record({ query: fc.string(), variables: fc.option(fc.dictionary(fc.string(), fc.jsonValue())) }).map(jsonBody) },
  { weight: 1, arbitrary: fc.jsonValue().map(jsonBody) },
  { weight: 1, arbitrary: fc.record({ query: fc.constant(INGEST_MUTATION), variables: fc.jsonValue() }).map(jsonBody) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }).map((body) => ({ method: 'POST' as const, contentType: 'application/json', body })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        contentType: fc.constantFrom('text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data', ''),
        body: fc.string(),
      })
      .map((request) => ({ method: 'POST' as const, ...request })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(schemaDocument, fc.string())
      .map((query) => ({ method: 'GET' as const, contentType: '', search: `?query=${encodeURIComponent(query)}` })),
  },
);

describe('fuzzing the HTTP endpoint', () => {
  let store: TestStore;
  let app: App;
  beforeAll(async () => {
    store = await startTestStore();
    app = createApp({ db: store.db, adminToken: ADMIN_TOKEN, responseCache: { ttlMs: 60_000 } });
    const seeded = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: INGEST_MUTATION, variables: { files: [openRouterFile(8)] } }),
    });
    expect(seeded.status).toBe(200);
  });
  afterAll(() => store.close());

  it('1,200 random and malformed requests: never a 5xx, never an unmasked error, and the server stays up', async () => {
    const unexpected: string[] = [];
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const response = await app.fetch(`http://localhost/graphql${request.search ?? ''}`, {
          method: request.method,
          headers: { accept: 'application/graphql-response+json, application/json', ...(request.contentType && { 'content-type': request.contentType }) },
          body: request.body,
        });
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        expect(text).not.toMatch(LEAKS);
        if (!response.headers.get('content-type')?.includes('json')) return;
        const result = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        // graphql-js's variable coercion errors carry no code; they are request errors: 400, no data.
        const requestError = response.status === 400 && !('data' in result);
        for (const error of result.errors ?? []) {
          const code = error.extensions?.code;
          const expected = code ? EXPECTED_CODES.has(code) : requestError;
          if (!expected) unexpected.push(`${code}: ${error.message} ← ${request.body ?? request.search}`);
        }
      }),
      { numRuns: 1_200 },
    );
    expect(unexpected.slice(0, 10)).toEqual([]);

    const health = await app.fetch('http://localhost/health');
    expect(health.status).toBe(200);
    const alive = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ models(first: 1) { totalCount } }"}',
    });
    expect(await alive.json()).toMatchObject({ data: { models: { totalCount: 8 } } });
  }, 120_000);
});
