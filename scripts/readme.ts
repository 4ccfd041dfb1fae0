import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedReadmeSections, replaceGeneratedSections } from './readme-sections.ts';

/** `npm run readme`: rewrites the README's generated sections (the scoring methodology) in place. */
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(readmePath, 'utf8');
const after = replaceGeneratedSections(before, generatedReadmeSections());
writeFileSync(readmePath, after);
console.log(before === after ? 'README.md already current' : 'README.md updated');
