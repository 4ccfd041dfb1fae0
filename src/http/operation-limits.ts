import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../graphql/errors.ts';
import { OPERATION_COST, operationCostRule } from './operation-cost.ts';

/**
 * Limits on the shape of an operation, checked before anything runs. The numbers leave about
 * twice the room the richest page of the product needs (schema/operations/*.graphql, checked by
 * tests/production/limits.test.ts) and stop the documents that make a GraphQL server do
 * unbounded work: deep nesting, alias fan-out, huge documents, directive floods.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  /** What the operation costs the server (operation-cost.ts). */
  maxCost: OPERATION_COST.limit,
  maxTokens: 5_000,
} as const;

type Limit = keyof typeof OPERATION_LIMITS;

/** Armor throws an uncoded "Syntax Error: …"; report it instead with the stable code and the limit's name. */
const reportAs =
  (limit: Limit) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(apiError('OPERATION_TOO_COMPLEX', message, { limit }));
  };

const armor = (limit: Limit) => ({ onReject: [reportAs(limit)], propagateOnRejection: false });

/** graphql-js counts tokens while parsing and stops at the limit, so a huge document is never fully parsed. */
function useTokenLimit(maxTokens: number): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /\d+ tokens\. Parsing aborted/.test(error.message)) {
            throw apiError('OPERATION_TOO_COMPLEX', `The document has more than ${maxTokens} tokens.`, { limit: 'maxTokens', http: { status: 400 } });
          }
          throw error;
        }
      });
    },
  };
}

function useCostLimit(maxCost: number): Plugin {
  const rule = operationCostRule(maxCost);
  return { onValidate: ({ addValidationRule }) => addValidationRule(rule) };
}

export function operationLimitPlugins(overrides: { maxCost?: number } = {}): Plugin[] {
  const { maxDepth, maxAliases, maxDirectives, maxTokens } = OPERATION_LIMITS;
  const maxCost = overrides.maxCost ?? OPERATION_LIMITS.maxCost;
  return [
    useTokenLimit(maxTokens),
    useCostLimit(maxCost),
    EnvelopArmorPlugin({
      maxDepth: { n: maxDepth, ...armor('maxDepth') },
      maxAliases: { n: maxAliases, ...armor('maxAliases') },
      maxDirectives: { n: maxDirectives, ...armor('maxDirectives') },
      // Ours (useCostLimit) counts what a field costs where it resolves, lists and pages included.
      costLimit: { enabled: false },
      // Ours above stops parsing at the limit and carries the stable code.
      maxTokens: { enabled: false },
      // The schema is public (introspection is on), so suggestions reveal nothing and help clients.
      blockFieldSuggestion: { enabled: false },
    }) as Plugin,
  ];
}
