/**
 * What an operation costs the server, counted before it runs: every field it selects, once for each
 * time it resolves. A field inside lists resolves once per item of each of them, so the multiplier
 * is the product of the sizes of the lists around it:
 *
 * - the lists directly inside a field with a page size (`first`, or `last`) have that many items:
 *   `models(first: 100) { edges { node { … } } }`, `recommend(first: 5) { candidates { … } }`,
 *   unless the list declares its own size (a leaderboard's `unrankedReasons` is not its page). A
 *   page size given by a variable counts as the most the field allows (`extensions.maxPageSize`,
 *   else `MAX_PAGE_SIZE`): the limit is checked before the variables are read, and a variable's
 *   default can be overridden; no page size counts as the default page;
 * - any other list of objects counts as the size its field declares (`extensions.listSize`, set from
 *   the seeded catalog's 95th percentile where a list can be long), else `OPERATION_COST.listSize`;
 * - a field that reads a page from the database (a connection) costs `OPERATION_COST.connection`
 *   more each time it resolves, and a field that computes over the whole catalog (a frontier, a
 *   recommendation) what it declares (`extensions.cost`).
 *
 * One unit is about 3 µs of server CPU: the benchmark (`npm run bench:cost`) measures every example
 * page's CPU per request beside its counted cost, and the declared costs are its measurements.
 *
 * Lists of scalars and enums are leaves: a leaf costs one however long its list.
 */
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
  validate,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/builder.ts';
import { apiError } from '../graphql/errors.ts';
import { DEFAULT_PAGE_SIZE } from '../services/models-page.ts';

export const OPERATION_COST = {
  /** The most an operation may cost: about 150 ms of CPU at the measured 3 µs a unit, while the abusive shapes count in the hundreds of thousands. */
  limit: 50_000,
  /** What one field costs each time it resolves. */
  field: 1,
  /** What a database page read (a connection field) costs on top, each time it resolves. */
  connection: 50,
  /** The items a list of objects counts as when its field declares no `listSize`. */
  listSize: 10,
} as const;

/** The page-size arguments: the lists directly inside the field have this many items. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'] as const;

interface Walk {
  context: ValidationContext;
  /** Fragments on the path, so that a cycle (refused by validation anyway) cannot recurse forever. */
  fragments: Set<string>;
  /**
   * Each fragment's cost for one resolution of where it is spread, by page: a cost is linear in how
   * many times its place resolves, so a fragment spread twice in each of a chain of fragments is
   * counted once per fragment, not 2ⁿ times.
   */
  fragmentCosts: Map<string, number>;
}

const isConnection = (type: GraphQLNamedType) => isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();

const declared = (field: GraphQLField<unknown, unknown>, name: 'listSize' | 'maxPageSize' | 'cost'): number | null => {
  const value = field.extensions?.[name];
  return typeof value === 'number' ? value : null;
};

function intValue(node: ValueNode | undefined, field: GraphQLField<unknown, unknown>): number | null {
  if (node?.kind === Kind.INT) return Number(node.value);
  return node?.kind === Kind.VARIABLE ? (declared(field, 'maxPageSize') ?? MAX_PAGE_SIZE) : null;
}

/** The page size a field asks for, or null when it takes none. */
function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number | null {
  const first = field.args.find((candidate) => candidate.name === 'first');
  if (!first && !field.args.some((candidate) => candidate.name === 'last')) return null;
  const given = PAGE_SIZE_ARGUMENTS.map((name) => intValue(node.arguments?.find((candidate) => candidate.name.value === name)?.value, field));
  const sizes = given.filter((size): size is number => size !== null);
  if (sizes.length > 0) return Math.max(0, ...sizes);
  return typeof first?.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE_SIZE;
}

/** The items a list field counts as: its declared size, else the enclosing page size, else the default. */
function listItems(type: GraphQLOutputType, field: GraphQLField<unknown, unknown>, enclosingPage: number | null): number {
  if (!isListType(getNullableType(type))) return 1;
  return declared(field, 'listSize') ?? enclosingPage ?? OPERATION_COST.listSize;
}

function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType, times: number, page: number | null, walk: Walk): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, parent, times, page, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.context.getSchema().getType(selection.typeCondition.name.value) : parent;
      if (on) cost += selectionCost(selection.selectionSet, on, times, page, walk);
    } else {
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = walk.context.getFragment(name);
      const on = fragment && walk.context.getSchema().getType(fragment.typeCondition.name.value);
      if (!fragment || !on || walk.fragments.has(name)) continue;
      const key = `${name}:${page}`;
      let once = walk.fragmentCosts.get(key);
      if (once === undefined) {
        walk.fragments.add(name);
        once = selectionCost(fragment.selectionSet, on, 1, page, walk);
        walk.fragments.delete(name);
        walk.fragmentCosts.set(key, once);
      }
      cost += times * once;
    }
  }
  return cost;
}

function fieldCost(node: FieldNode, parent: GraphQLNamedType, times: number, page: number | null, walk: Walk): number {
  if (!(parent instanceof GraphQLObjectType || isInterfaceType(parent))) return 0;
  const field = parent.getFields()[node.name.value];
  // __typename and unknown fields (reported by validation) cost nothing here.
  if (!field) return 0;
  const type = getNamedType(field.type);
  const own = times * (OPERATION_COST.field + (isConnection(type) ? OPERATION_COST.connection : 0) + (declared(field, 'cost') ?? 0));
  if (!node.selectionSet || !isCompositeType(type)) return own;
  const each = times * listItems(field.type, field, page);
  return own + selectionCost(node.selectionSet, type, each, pageSize(node, field), walk);
}

/** The cost of one operation of a document (fragments resolved from the document). */
export function operationCost(context: ValidationContext, operation: OperationDefinitionNode): number {
  const root =
    operation.operation === 'query' ? context.getSchema().getQueryType() : operation.operation === 'mutation' ? context.getSchema().getMutationType() : null;
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, 1, null, { context, fragments: new Set(), fragmentCosts: new Map() });
}

/** The cost of each operation of a document, in order, as the rule counts it (for the cost benchmark and its tests). */
export function documentCosts(schema: GraphQLSchema, document: DocumentNode): number[] {
  const costs: number[] = [];
  validate(schema, document, [(context) => ({ OperationDefinition: (operation) => void costs.push(operationCost(context, operation)) })]);
  return costs;
}

/** A validation rule refusing any operation that costs more than the limit (OPERATION_TOO_COMPLEX, naming `maxCost`). */
export function operationCostRule(limit: number = OPERATION_COST.limit) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = operationCost(context, operation);
      if (cost > limit) {
        context.reportError(
          apiError('OPERATION_TOO_COMPLEX', `The operation costs ${cost.toLocaleString('en-US')}, more than the limit of ${limit.toLocaleString('en-US')}.`, {
            limit: 'maxCost',
            cost,
          }),
        );
      }
    },
  });
}
