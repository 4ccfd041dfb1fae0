import { GraphQLError } from 'graphql';

/**
 * The codes the production layer adds to the API's stable codes (src/errors.ts): they are raised
 * before or around execution, by the limits of this folder, never by a resolver.
 */
export const LIMIT_ERROR_CODES = {
  OPERATION_TOO_COMPLEX: 'The operation exceeds a depth, alias, token, directive or cost limit; `extensions.limit` names it.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server accepts (HTTP 413).',
  OPERATION_TIMEOUT: 'The operation ran longer than the server allows and was aborted.',
} as const;

export type LimitErrorCode = keyof typeof LIMIT_ERROR_CODES;

export function limitError(code: LimitErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}
