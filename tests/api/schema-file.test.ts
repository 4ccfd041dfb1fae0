import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../../src/graphql/schema.ts';

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema` after a schema change)', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSchemaSdl());
  });

  it('names the core types the product promises', () => {
    const sdl = printSchemaSdl();
    for (const typeName of ['Model', 'SignalScore', 'CostEstimate']) expect(sdl).toMatch(new RegExp(`^type ${typeName} `, 'm'));
  });
});
