/** Suspected duplicates: names that normalise alike, each settled in seed/aliases.json. */
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/domain/catalog.ts';
import { looseNameKey, suspectedDuplicates } from '../../src/ingest/build/duplicates.ts';
import { loadSeedTables } from '../../src/ingest/tables.ts';

describe('the loose name key', () => {
  it.each([
    ['Ideogram-v2', 'Ideogram 2.0'],
    ['Seedance 2', 'seedance-2.0'],
    ['FLUX.1 Kontext Max', 'flux-1-kontext-max'],
    ['Qwen2.5 72B Instruct', 'qwen-2.5-72b-instruct'],
  ])('%s and %s normalise alike', (a, b) => {
    expect(looseNameKey(a)).toBe(looseNameKey(b));
  });

  it('drops the lab’s name before the model’s only when told the lab’s names', () => {
    expect(looseNameKey('AI21 Jamba 1.5 Large', new Set(['ai21']))).toBe(looseNameKey('Jamba-1.5-Large'));
    expect(looseNameKey('AI21 Jamba 1.5 Large')).not.toBe(looseNameKey('Jamba-1.5-Large'));
  });

  it('keeps words apart: + is "plus", a minor version other than .0 counts', () => {
    expect(looseNameKey('Command R+')).not.toBe(looseNameKey('Command R'));
    expect(looseNameKey('Recraft V4.1')).not.toBe(looseNameKey('Recraft V4'));
  });
});

describe('suspectedDuplicates', () => {
  const table = loadSeedTables().aliases;
  const model = (id: string, name: string) => ({ id, name, labId: id.split('/')[0]! }) as Model;

  it('reports two models whose names normalise alike, with the explanation seed/aliases.json gives', () => {
    const suspects = suspectedDuplicates(
      [model('mistral/devstral-2512', 'Devstral 2'), model('mistral/devstral-latest', 'Devstral 2'), model('mistral/codestral-2508', 'Codestral')],
      table,
    );
    expect(suspects).toEqual([
      { modelIds: ['mistral/devstral-2512', 'mistral/devstral-latest'], key: 'mistral/devstral2', explanation: expect.stringContaining('moving alias') },
    ]);
  });

  it('leaves an unexplained pair without an explanation', () => {
    const suspects = suspectedDuplicates([model('lab/ideogram-v2', 'Ideogram-v2'), model('lab/ideogram-2.0', 'Ideogram 2.0')], table);
    expect(suspects).toEqual([{ modelIds: ['lab/ideogram-2.0', 'lab/ideogram-v2'], key: 'lab/ideogram2', explanation: null }]);
  });
});
