import { renderMethodologyMarkdown } from './domain/scoring/methodology.ts';

/** README blocks generated from code, between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function generatedReadmeSections(): Record<string, string> {
  return { methodology: renderMethodologyMarkdown().trim() };
}

export function replaceGeneratedSections(readme: string, sections: Record<string, string>): string {
  let result = readme;
  for (const [name, body] of Object.entries(sections)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
    result = `${result.slice(0, from + start.length)}\n${body}\n${result.slice(to)}`;
  }
  return result;
}
