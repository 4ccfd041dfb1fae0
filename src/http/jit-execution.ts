/**
 * Queries run through graphql-jit: a document is compiled once into a function that resolves its
 * fields without the executor's per-field interpretation (measured on the uncached model list:
 * about 1.7× the requests per second). graphql-jit answers some things differently from
 * graphql-js, so it is used only where its answer is the same byte for byte:
 * - not for a document whose variables have defaults: a non-null variable with a default, left
 *   out, is refused as "not provided" (graphql-jit 0.8.9);
 * - not for a mutation or subscription;
 * - never for an answer with errors: its errors lack `locations`, add `data: null`, and word a bad
 *   variable differently, so such a query runs again on the standard executor, which gives the
 *   answer the API always gave (queries have no side effects; errors are the rare path).
 * The standard executor also stops resolving when the operation times out; a compiled query runs
 * on, but the client gets OPERATION_TIMEOUT at the same moment (see operation-timeout.ts).
 */
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, getOperationAST, type OperationDefinitionNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** A compiled document per operation name; null: it runs on the standard executor. */
type Compiled = Map<string, CompiledQuery | null>;

function jitCanRun(operation: OperationDefinitionNode | null | undefined): boolean {
  return operation?.operation === 'query' && !operation.variableDefinitions?.some((definition) => definition.defaultValue !== undefined);
}

export function useJitExecution(): Plugin {
  // By the parsed document: Yoga's parser cache hands out the same document for the same text.
  const compiledByDocument = new WeakMap<DocumentNode, Compiled>();

  function compiledFor(args: ExecutionArgs): CompiledQuery | null {
    let byName = compiledByDocument.get(args.document);
    if (!byName) {
      byName = new Map();
      compiledByDocument.set(args.document, byName);
    }
    const name = args.operationName ?? '';
    if (!byName.has(name)) {
      const compiled = jitCanRun(getOperationAST(args.document, args.operationName))
        ? compileQuery(args.schema, args.document, args.operationName ?? undefined)
        : null;
      byName.set(name, compiled !== null && isCompiledQuery(compiled) ? compiled : null);
    }
    return byName.get(name)!;
  }

  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const compiled = compiledFor(args);
        if (!compiled) return executeFn(args);
        const result = (await compiled.query(args.rootValue, args.contextValue, args.variableValues ?? {})) as ExecutionResult;
        return result.errors?.length ? executeFn(args) : result;
      });
    },
  };
}
