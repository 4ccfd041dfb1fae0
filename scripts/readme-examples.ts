/**
 * The README's example queries and their real output. An example is a ```graphql block after an
 * `<!-- example -->` line, followed by the ```json block of what the server answers; `npm run
 * readme` runs each against the seeded catalog and writes the answer, and a test checks the README
 * still shows what the server says.
 */
import type { App } from '../src/app.ts';

const EXAMPLE = /<!-- example -->\n\n?```graphql\n([\s\S]*?)```\n\n```json\n([\s\S]*?)```/g;

export interface ReadmeExample {
  query: string;
  /** The output as the README shows it. */
  shown: string;
}

export function readmeExamples(readme: string): ReadmeExample[] {
  return [...readme.matchAll(EXAMPLE)].map((match) => ({ query: match[1]!, shown: match[2]! }));
}

/** What the server answers to `query`, as the README prints it (the response cache's extensions left out). */
export async function exampleOutput(app: App, query: string): Promise<string> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const { extensions: _cache, ...body } = (await response.json()) as { errors?: unknown[]; extensions?: unknown };
  if (body.errors) throw new Error(`README example fails: ${JSON.stringify(body.errors)}\n${query}`);
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The README with every example's output replaced by `outputs` (in order). */
export function withExampleOutputs(readme: string, outputs: readonly string[]): string {
  let index = 0;
  return readme.replace(EXAMPLE, (_whole, query: string) => `<!-- example -->\n\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${outputs[index++]}\`\`\``);
}
