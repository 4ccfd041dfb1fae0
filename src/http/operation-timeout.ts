import { type ExecutionArgs, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../graphql/errors.ts';

/** Yoga's executor (graphql-tools) honours an abort signal: it stops resolving further fields. */
type AbortableExecutionArgs = ExecutionArgs & { signal?: AbortSignal };

/**
 * Aborts an operation that runs longer than `timeoutMs`: the executor is signalled and the client
 * gets OPERATION_TIMEOUT at once, instead of holding a connection for as long as the slowest
 * database call takes. Mutations are exempt: an ingest runs as long as its files need, and
 * answering "timed out" while it goes on to apply would be a lie.
 */
export function useOperationTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: AbortableExecutionArgs) => {
        if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return executeFn(args);
        const controller = new AbortController();
        const signal = args.signal ? AbortSignal.any([args.signal, controller.signal]) : controller.signal;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ errors: Error[] }>((resolve) => {
          timer = setTimeout(() => {
            controller.abort();
            resolve({ errors: [apiError('OPERATION_TIMEOUT', `The operation ran longer than ${timeoutMs} ms and was aborted.`, { timeoutMs })] });
          }, timeoutMs);
        });
        try {
          return await Promise.race([executeFn({ ...args, signal } as ExecutionArgs), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
