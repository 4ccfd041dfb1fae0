import type { Limits, TokenLimit } from '../../domain/catalog.ts';
import { builder } from '../builder.ts';
import { NullReasonEnum } from './enums.ts';
import { ProvenanceRef } from './provenance.ts';

export const TokenLimitRef = builder.objectRef<TokenLimit>('TokenLimit').implement({
  description: 'A token limit, or null tokens with the reason (an image model has no context window: NOT_APPLICABLE, never 0).',
  fields: (t) => ({
    tokens: t.int({ nullable: true, resolve: (limit) => limit.tokens }),
    reason: t.field({ type: NullReasonEnum, nullable: true, resolve: (limit) => limit.reason }),
    provenance: t.field({ type: ProvenanceRef, nullable: true, resolve: (limit) => limit.provenance }),
  }),
});

export const LimitsRef = builder.objectRef<Limits>('Limits').implement({
  fields: (t) => ({
    contextWindow: t.field({ type: TokenLimitRef, resolve: (limits) => limits.contextTokens }),
    input: t.field({ type: TokenLimitRef, resolve: (limits) => limits.inputTokens }),
    maxOutput: t.field({ type: TokenLimitRef, resolve: (limits) => limits.maxOutputTokens }),
  }),
});
