import type { ZodError } from 'zod';
import { badUserInput } from '../errors.ts';

/** Turns a failed argument validation into BAD_USER_INPUT naming the first offending argument path. */
export function zodValidationError(error: ZodError): Error {
  const issue = error.issues[0];
  const argument = issue ? issue.path.map(String).join('.') : 'arguments';
  return badUserInput(argument || 'arguments', issue?.message ?? 'invalid value');
}
