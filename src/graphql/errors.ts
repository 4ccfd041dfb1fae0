import { GraphQLError } from 'graphql';
import type { ZodError, z } from 'zod';
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

/**
 * A BAD_USER_INPUT of one problem lists it in `extensions.problems` too, as one of several does (a
 * validation, a comparison of several models), so a client reads one shape: each problem's
 * argument, message without the argument's prefix, and the facts it carries.
 */
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const { argument, ...facts } = extensions;
  if (code !== 'BAD_USER_INPUT' || extensions.problems !== undefined || typeof argument !== 'string') {
    return new GraphQLError(message, { extensions: { code, ...extensions } });
  }
  const prefix = `${argument}: `;
  const problem = { argument, message: message.startsWith(prefix) ? message.slice(prefix.length) : message, ...facts };
  return new GraphQLError(message, { extensions: { code, ...extensions, problems: [problem] } });
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

type Issue = z.core.$ZodIssue;

/** Zod's own wording ("Too big: expected number to be <=100"); messages our schemas write are kept as they are. */
const VALIDATOR_WORDING = /^(Too (big|small)|Invalid|Expected|Required|Unrecognized)/;

const limit = (value: unknown): string => (typeof value === 'bigint' || typeof value === 'number' ? Number(value).toLocaleString('en-US') : String(value));

/** A validator's issue in the API's voice: what the value must be, not how the validator failed. */
function issueMessage(issue: Issue): string {
  if (!VALIDATOR_WORDING.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big': {
      const bound = `${issue.inclusive === false ? 'less than' : 'at most'} ${limit(issue.maximum)}`;
      if (issue.origin === 'string') return `must be ${bound} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have ${bound} items`;
      return `must be ${bound}`;
    }
    case 'too_small': {
      const bound = `${issue.inclusive === false ? 'more than' : 'at least'} ${limit(issue.minimum)}`;
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'must not be empty' : `must be ${bound} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have ${bound} items`;
      return `must be ${bound}`;
    }
    case 'invalid_type':
      return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has no field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    default:
      return 'is not a valid value';
  }
}

/**
 * Turns a failed argument validation into one BAD_USER_INPUT that reports every problem of the
 * input at once (`extensions.problems`, each with its argument path and message, in the API's
 * words), naming the first offending argument in `extensions.argument`.
 */
export function zodValidationError(error: ZodError): Error {
  const seen = new Set<string>();
  const problems = error.issues.flatMap((issue) => {
    const argument = issue.path.map(String).join('.') || 'arguments';
    const message = issueMessage(issue);
    const key = `${argument}\u0000${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ argument, message }];
  });
  if (problems.length === 0) return badUserInput('arguments', 'invalid value');
  return apiError('BAD_USER_INPUT', problems.map(({ argument, message }) => `${argument}: ${message}`).join('; '), {
    argument: problems[0]!.argument,
    problems,
  });
}
