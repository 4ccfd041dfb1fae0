import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';
import type { Outcome, Problem } from '../services/outcome.ts';

/**
 * The stable error codes of this API (`extensions.code`). Clients switch on these; messages may
 * change wording, codes never change meaning. Anything else that goes wrong inside the server is
 * masked by Yoga as INTERNAL_SERVER_ERROR with the message "Unexpected error.".
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument is invalid; `extensions.argument` names it.',
  NOT_FOUND: 'No offering can price the request; `extensions.reason` says why.',
  UNAUTHENTICATED: 'The operation needs an admin bearer token and none was sent.',
  FORBIDDEN: 'The bearer token is wrong, or admin operations are disabled.',
  DATABASE_UNAVAILABLE: 'The database cannot be reached right now; retry later.',
  OPERATION_TOO_COMPLEX: 'The operation exceeds a depth, alias, token, directive or cost limit; `extensions.limit` names it.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server accepts (HTTP 413).',
  OPERATION_TIMEOUT: 'The operation ran longer than the server allows and was aborted.',
  INTERNAL_SERVER_ERROR: 'Something failed inside the server; details are in its logs, not in the response.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function badUserInput(argument: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return apiError('BAD_USER_INPUT', `${argument}: ${message}`, { argument, ...extensions });
}

export function problemError({ code, message, argument, extensions }: Problem): GraphQLError {
  return apiError(code, message, { ...(argument === undefined ? {} : { argument }), ...extensions });
}

/** A service's value, or its problem raised as the API error it is. */
export function orThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw problemError(outcome.problem);
  return outcome.value;
}

/** Turns a failed argument validation into BAD_USER_INPUT naming the first offending argument path. */
export function zodValidationError(error: ZodError): Error {
  const issue = error.issues[0];
  const argument = issue ? issue.path.map(String).join('.') : 'arguments';
  return badUserInput(argument || 'arguments', issue?.message ?? 'invalid value');
}
