import type { LeaderboardParams } from './links.ts';

/**
 * The landing page's examples, written as a person would type them: canonical ids, an alias and
 * display names. The reference pair is the one of shared/reference (a real site's FLUX vs GPT
 * image page, and everything it gets wrong).
 */
export const REFERENCE_PAIR = ['black-forest-labs/flux-pro-1.1', 'openai/gpt-5.4-image-2'] as const;

export const EXAMPLE_COMPARISONS: { title: string; models: readonly string[] }[] = [
  { title: 'FLUX1.1 [pro] vs GPT-5.4 Image 2: the reference page, done right', models: REFERENCE_PAIR },
  { title: 'GPT-5 vs Claude Opus 4.5 (by id and alias)', models: ['openai/gpt-5', 'anthropic/claude-opus-4.5'] },
  { title: 'GPT-5.4 vs Claude Sonnet 4.6 (by display name)', models: ['GPT-5.4', 'Claude Sonnet 4.6'] },
  { title: 'Gemini 2.5 Pro, GPT-5 and Claude Sonnet 4.6', models: ['google/gemini-2.5-pro', 'openai/gpt-5', 'anthropic/claude-sonnet-4-6'] },
];

export const EXAMPLE_LEADERBOARDS: { title: string; board: LeaderboardParams }[] = [
  { title: 'Text models by overall score', board: { peerGroup: 'TEXT', by: 'OVERALL' } },
  { title: 'Text models by quality (the Benchmarks signal)', board: { peerGroup: 'TEXT', by: 'BENCHMARKS' } },
  { title: 'Text models on the LMArena text leaderboard', board: { peerGroup: 'TEXT', by: 'BENCHMARK', benchmarkId: 'lmarena-text' } },
  { title: 'Image generation models by overall score', board: { peerGroup: 'IMAGE_GENERATION', by: 'OVERALL' } },
  { title: 'Text models by price (the Pricing signal: cheaper is better)', board: { peerGroup: 'TEXT', by: 'PRICING' } },
];

export const EXAMPLE_MODELS: { title: string; id: string }[] = [
  { title: 'GPT-5', id: 'openai/gpt-5' },
  { title: 'FLUX1.1 [pro]', id: 'black-forest-labs/flux-pro-1.1' },
];
