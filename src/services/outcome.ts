/**
 * What a service returns: a value, or the problem that stopped it, in the API's terms. Services do
 * not throw for the caller's mistakes; the GraphQL layer turns a problem into an error with its code
 * (src/graphql/errors.ts), so the same service serves any caller.
 */
export type ProblemCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface Problem {
  code: ProblemCode;
  message: string;
  /** BAD_USER_INPUT: the argument path at fault, e.g. `models[2]`, `usage.inputShare`. */
  argument?: string;
  /** More facts for the client, e.g. `reason`, every problem of a list. */
  extensions?: Record<string, unknown>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(problem: Problem): Outcome<T> => ({ ok: false, problem });

/** BAD_USER_INPUT naming `argument`; the message reads "argument: what is wrong" (a sentence's first capital is lowered). */
export function badInput(argument: string, message: string, extensions: Record<string, unknown> = {}): Problem {
  const what = /^[A-Z][a-z]/.test(message) ? `${message.charAt(0).toLowerCase()}${message.slice(1)}` : message;
  return { code: 'BAD_USER_INPUT', message: `${argument}: ${what}`, argument, extensions };
}

/** A problem's message without its leading "argument: ". */
export function problemText(problem: Problem): string {
  const prefix = problem.argument === undefined ? '' : `${problem.argument}: `;
  return prefix && problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}
