import { parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graphql/builder.ts';
import { schema } from '../../src/graphql/schema.ts';
import { documentCosts, OPERATION_COST } from '../../src/http/operation-cost.ts';

/** The counted cost of each operation of a valid document, against the real schema. */
function costs(query: string): number[] {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  return documentCosts(schema, document);
}

const { field, connection, listSize } = OPERATION_COST;

describe('operation cost, hand-computed', () => {
  it('a page: the connection read once, each field inside it once per item of the page', () => {
    // models: a field and a page read; edges: one list; node and name: three each.
    expect(costs('{ models(first: 3) { edges { node { name } } } }')).toEqual([field + connection + field + 3 * field + 3 * field]);
    // totalCount and pageInfo resolve once, beside the edges.
    expect(costs('{ models(first: 3) { totalCount pageInfo { hasNextPage } } }')).toEqual([field + connection + field + field + field]);
  });

  it('a page size from a variable counts as the most the field allows, a missing one as the default page', () => {
    const perItem = 2 * field; // node and name
    expect(costs('query($n: Int) { models(first: $n) { edges { node { name } } } }')).toEqual([field + connection + field + MAX_PAGE_SIZE * perItem]);
    expect(costs('query($n: Int = 2) { models(first: $n) { edges { node { name } } } }')).toEqual([field + connection + field + MAX_PAGE_SIZE * perItem]);
    expect(costs('{ models { edges { node { name } } } }')).toEqual([field + connection + field + 20 * perItem]);
  });

  it('a list without a page counts as its declared size, else the default size; a list of scalars is one leaf', () => {
    // Model.offerings declares 27 (the seed's 95th percentile); the model resolves once.
    expect(costs('{ model(id: "x") { offerings { id } } }')).toEqual([field + field + 27 * field]);
    // Query.providers declares 150 and Provider.offerings 110: 150 × 110 offering ids.
    expect(costs('{ providers { offerings { id } } }')).toEqual([field + 150 * field + 150 * 110 * field]);
    // aliases is a list of strings: a leaf.
    expect(costs('{ model(id: "x") { aliases } }')).toEqual([2 * field]);
    // provenance declares no size.
    expect(costs('{ model(id: "x") { provenance { source } } }')).toEqual([field + field + listSize * field]);
  });

  it('a list directly inside a page that declares its own size counts as that, not as the page', () => {
    // leaderboard: a field, a page read and 3,000 for ranking the group; unrankedReasons declares 3, and each reason's models 700.
    expect(costs('{ leaderboard(first: 50) { unrankedReasons { count models { name } } } }')).toEqual([
      field + connection + 3_000 + field + 3 * field + 3 * field + 3 * 700 * field,
    ]);
  });

  it('fragments and inline fragments count where they are spread, as if written there', () => {
    const inline = costs('{ models(first: 3) { edges { node { name canonicalId } } } }')[0];
    expect(costs('query { models(first: 3) { edges { node { ...F } } } } fragment F on Model { name canonicalId }')).toEqual([inline]);
    expect(costs('{ models(first: 3) { edges { node { ... on Model { name canonicalId } } } } }')).toEqual([inline]);
  });

  it('a chain of fragments each spread twice is counted in linear time, with the cost it expands to', () => {
    // F0 selects name; each Fk spreads F(k-1) twice (the same fields, merged by GraphQL): 40 levels
    // would be 2⁴⁰ expansions. Each level repeats the 3 node fields' worth: node and name, three times.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, k) =>
      k === 0 ? 'fragment F0 on Model { name }' : `fragment F${k} on Model { ...F${k - 1} ...F${k - 1} }`,
    );
    const query = `{ models(first: 3) { edges { node { ...F${levels - 1} } } } } ${fragments.join(' ')}`;
    const started = performance.now();
    const [cost] = costs(query);
    expect(performance.now() - started).toBeLessThan(1_000);
    // models, its page read and edges once; node 3 times; name 3 × 2³⁹ times (each level doubles it).
    expect(cost).toBe(field + connection + field + 3 * field + 3 * 2 ** (levels - 1) * field);
  });

  it('a page given by last counts like one given by first', () => {
    expect(costs('{ models(last: 5) { edges { node { name } } } }')).toEqual(costs('{ models(first: 5) { edges { node { name } } } }'));
    expect(costs('{ models(first: 2, last: 5) { edges { node { name } } } }')).toEqual(costs('{ models(first: 5) { edges { node { name } } } }'));
  });

  it('a field computing over the whole catalog costs what it declares, on top of its fields', () => {
    expect(costs('{ frontier { withoutScore } }')).toEqual([field + 12_000 + field]);
    expect(costs('{ a: frontier { withoutScore } b: frontier { withoutScore } }')).toEqual([2 * (field + 12_000 + field)]);
  });

  it('each operation of a document is counted on its own', () => {
    expect(costs('query A { methodology { version } } query B { models(first: 1) { totalCount } }')).toEqual([2 * field, field + connection + field]);
  });
});
