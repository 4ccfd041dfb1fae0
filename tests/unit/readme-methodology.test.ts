import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedReadmeSections, replaceGeneratedSections } from '../../scripts/readme-sections.ts';

describe('README', () => {
  it('its methodology, cost and comparison rules are the ones the code applies (run `npm run readme` after changing them)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(replaceGeneratedSections(readme, generatedReadmeSections())).toBe(readme);
    for (const section of Object.values(generatedReadmeSections())) expect(readme).toContain(section);
  });

  it('refuses a README without the generated block rather than silently skipping it', () => {
    expect(() => replaceGeneratedSections('# no block here', { methodology: 'x' })).toThrow(/generated:methodology/);
  });
});
