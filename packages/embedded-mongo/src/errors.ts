/** An error a command reports to the client as `{ ok: 0, errmsg, code, codeName }`. */
export class MongoCommandError extends Error {
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    /** Extra fields MongoDB puts next to errmsg (e.g. keyValue for E11000). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'MongoCommandError';
  }
}

export const badValue = (message: string) => new MongoCommandError(2, 'BadValue', message);
export const typeMismatch = (message: string) => new MongoCommandError(14, 'TypeMismatch', message);
export const namespaceNotFound = (message: string) => new MongoCommandError(26, 'NamespaceNotFound', message);
export const invalidNamespace = (message: string) => new MongoCommandError(73, 'InvalidNamespace', message);

/** mingo reports problems with plain Errors; MongoDB calls most of those BadValue. */
export function toCommandError(err: unknown): MongoCommandError {
  if (err instanceof MongoCommandError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes('would modify the immutable field')) return new MongoCommandError(66, 'ImmutableField', message);
  if (message.startsWith('Use of undefined variable')) return new MongoCommandError(17276, 'Location17276', message);
  // Worded as mongod words it, for clients that match on the message.
  const unknown = /^unknown query operator (\$\w+)/.exec(message);
  return badValue(unknown ? `unknown operator: ${unknown[1]}` : message);
}

export function errorReply(err: MongoCommandError): Record<string, unknown> {
  return { ok: 0, errmsg: err.message, code: err.code, codeName: err.codeName, ...err.extra };
}
