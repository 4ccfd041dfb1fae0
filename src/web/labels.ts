import type {
  Capability,
  ComparedParameter,
  ComparedScore,
  ComparisonOutcome,
  Confidence,
  FitLevel,
  LeaderboardKey,
  NullReason,
  PeerGroup,
  UseCase,
  VerdictKind,
} from './generated/operations.ts';

/**
 * Words for the API's enum values. Typed as complete records over the generated enums, so a value
 * the schema adds fails the typecheck here until it has its words; an unknown value met at run
 * time (a newer API) is shown as the API wrote it.
 */
export function labelOf<T extends string>(labels: Record<T, string>, value: T): string {
  return labels[value] ?? value;
}

export const SCORE_LABELS: Record<ComparedScore, string> = {
  CAPABILITIES: 'Capabilities',
  PRICING: 'Pricing',
  CONTEXT_WINDOW: 'Context window',
  RECENCY: 'Recency',
  OUTPUT_CAPACITY: 'Output capacity',
  BENCHMARKS: 'Benchmarks (quality)',
  OVERALL: 'Overall score',
};

export const NULL_REASON_LABELS: Record<NullReason, string> = { NOT_APPLICABLE: 'not applicable', UNKNOWN: 'unknown' };

export const OUTCOME_LABELS: Record<ComparisonOutcome, string> = {
  WINNER: 'winner',
  TIE: 'tie: equal values',
  STATISTICAL_TIE: 'statistically tied: the evidence cannot order them',
  MISSING_DATA: 'no winner: not every model has this figure',
  DIFFERENT_PEER_GROUPS: 'no winner: the models are scored in different peer groups',
  DIFFERENT_PRICING_UNITS: 'no winner: priced in different units (per token, per image)',
  COST_NOT_COMPARABLE: 'no winner: the costs are not comparable',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = { HIGH: 'high confidence', MEDIUM: 'medium confidence', LOW: 'low confidence' };

export const PEER_GROUP_LABELS: Record<PeerGroup, string> = {
  TEXT: 'text models',
  IMAGE_GENERATION: 'image generation models',
  EMBEDDING: 'embedding models',
  AUDIO: 'audio models',
  VIDEO_GENERATION: 'video generation models',
};

export const CAPABILITY_LABELS: Record<Capability, string> = {
  VISION_INPUT: 'Vision (image input)',
  AUDIO_INPUT: 'Audio input',
  PDF_INPUT: 'PDF input',
  FUNCTION_CALLING: 'Function calling',
  STRUCTURED_OUTPUT: 'Structured output (JSON mode)',
  REASONING: 'Reasoning',
  WEB_SEARCH: 'Web search',
  IMAGE_OUTPUT: 'Image output',
  ATTACHMENTS: 'File attachments',
  TEMPERATURE: 'Temperature setting',
};

export const PARAMETER_LABELS: Record<ComparedParameter, string> = {
  contextTokens: 'Context window',
  maxOutputTokens: 'Max output tokens',
  openWeights: 'Open weights',
  releaseDate: 'Released',
  knowledgeCutoff: 'Knowledge cutoff',
  inputModalities: 'Input',
  outputModalities: 'Output',
};

export const USE_CASE_LABELS: Record<UseCase, string> = {
  CODE_GENERATION: 'Code generation & review',
  SUPPORT_CHATBOT: 'Customer support chatbot',
  LONG_DOCUMENTS: 'Long document analysis',
  BATCH_EXTRACTION: 'Batch data extraction',
  CREATIVE_WRITING: 'Creative writing & content',
  IMAGE_UNDERSTANDING: 'Image understanding & OCR',
  IMAGE_GENERATION: 'Image generation',
};

export const FIT_LABELS: Record<FitLevel, string> = {
  STRONG: 'strong fit',
  GOOD: 'good fit',
  FAIR: 'fair fit',
  WEAK: 'weak fit',
  NOT_SUITABLE: 'not suitable',
};

export const VERDICT_LABELS: Record<VerdictKind, string> = {
  QUALITY: 'Best for quality',
  COST: 'Best for cost',
  VALUE: 'Best value (cost per quality point)',
  LONG_CONTEXT: 'Best for long context',
  RECENCY: 'Most recent',
};

export const LEADERBOARD_KEY_LABELS: Record<LeaderboardKey, string> = {
  OVERALL: 'overall score',
  BENCHMARKS: 'quality (the Benchmarks signal)',
  CAPABILITIES: 'the Capabilities signal',
  PRICING: 'the Pricing signal (cheaper is better)',
  CONTEXT_WINDOW: 'the Context window signal',
  RECENCY: 'the Recency signal',
  OUTPUT_CAPACITY: 'the Output capacity signal',
  BENCHMARK: 'one benchmark',
};
