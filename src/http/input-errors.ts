/**
 * GraphQL's own input errors in the API's terms. A value the schema refuses before any resolver
 * runs (`useCase: FOO`, `first: "ten"`), whether written in the document or sent as a variable, is
 * BAD_USER_INPUT naming the argument, exactly as the resolvers' own checks report a bad argument.
 * Other validation errors (an unknown field, a variable of the wrong type) keep graphql's
 * GRAPHQL_VALIDATION_FAILED.
 */
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badUserInput } from '../graphql/errors.ts';

/** The argument path (`constraints.maxMonthlyUsd`) whose value contains `target`, or null when it is not inside an argument. */
function argumentPathOf(document: DocumentNode, target: ASTNode): string | null {
  const path: string[] = [];
  let found: string | null = null;
  visit(document, {
    enter(node) {
      if (found !== null) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.push(node.name.value);
      if (node === target && path.length > 0) found = path.join('.');
      return undefined;
    },
    leave(node) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.pop();
    },
  });
  return found;
}

/** The argument a variable is passed to (`recommend(useCase: $useCase)` → `useCase`), or the variable's own name. */
function argumentOfVariable(document: DocumentNode, variable: string): string {
  let argument: string | null = null;
  visit(document, {
    Argument(node) {
      if (argument !== null) return false;
      let uses = false;
      visit(node.value, {
        Variable(inner) {
          if (inner.name.value === variable) uses = true;
        },
      });
      if (uses) argument = node.name.value;
      return undefined;
    },
  });
  return argument ?? variable;
}

const VARIABLE_VALUE = /^Variable "\$(\w+)" got invalid value/;

function inValidation(error: GraphQLError, document: DocumentNode): GraphQLError {
  const node = error.nodes?.[0];
  const argument = node ? argumentPathOf(document, node) : null;
  return argument === null ? error : badUserInput(argument, error.message);
}

function inExecution(error: GraphQLError, document: DocumentNode): GraphQLError {
  const variable = error.extensions?.code === undefined ? VARIABLE_VALUE.exec(error.message)?.[1] : undefined;
  return variable === undefined ? error : badUserInput(argumentOfVariable(document, variable), error.message, { variable });
}

export function useInputErrors(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => (error instanceof GraphQLError ? inValidation(error, params.documentAST) : error)));
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length || result.data) return;
          setResult({ ...result, errors: result.errors.map((error) => inExecution(error, args.document)) });
        },
      };
    },
  };
}
