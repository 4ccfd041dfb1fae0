import { COMPARISON_RULES } from '../src/domain/comparison/rules.ts';
import { COST_RULES } from '../src/domain/cost/rules.ts';
import { WHICH_MODEL_RULES } from '../src/domain/recommend/rules.ts';
import { renderMethodologyMarkdown } from '../src/domain/scoring/methodology.ts';

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

function costRulesMarkdown(): string {
  return ['## Cost rules', '', bullets(COST_RULES.map(({ id, rule }) => `**${id}**: ${rule}`))].join('\n');
}

/** Nested rule objects (scales, verdicts, use cases) become indented lists under their key. */
function comparisonRulesMarkdown(): string {
  const lines = Object.entries(COMPARISON_RULES).map(([key, value]) =>
    typeof value === 'object'
      ? `**${key}**:\n${Object.entries(value)
          .map(([name, rule]) => `  - ${name}: ${String(rule)}`)
          .join('\n')}`
      : `**${key}**: ${String(value)}`,
  );
  return ['## Comparison rules', '', bullets(lines)].join('\n');
}

function whichModelRulesMarkdown(): string {
  return ['## Which-model rules', '', bullets(Object.entries(WHICH_MODEL_RULES).map(([key, rule]) => `**${key}**: ${rule}`))].join('\n');
}

/** README blocks generated from code, between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function generatedReadmeSections(): Record<string, string> {
  return {
    methodology: renderMethodologyMarkdown().trim(),
    'cost-rules': costRulesMarkdown(),
    'comparison-rules': comparisonRulesMarkdown(),
    'which-model-rules': whichModelRulesMarkdown(),
  };
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
