import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedReadmeSections, replaceGeneratedSections } from '../../src/readme-sections.ts';

describe('README', () => {
  it('its methodology section is the one the API serves (run `npm run readme` after changing the methodology)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(replaceGeneratedSections(readme, generatedReadmeSections())).toBe(readme);
    expect(readme).toContain(generatedReadmeSections().methodology);
  });

  it('refuses a README without the generated block rather than silently skipping it', () => {
    expect(() => replaceGeneratedSections('# no block here', { methodology: 'x' })).toThrow(/generated:methodology/);
  });
});
