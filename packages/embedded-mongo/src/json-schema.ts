/**
 * MongoDB's `$jsonSchema` (JSON Schema draft 4 plus `bsonType`; no `$ref`, `format`, `default`):
 * a schema compiled to a check that lists the rules a value fails, shaped as MongoDB's errInfo
 * lists them (`schemaRulesNotSatisfied`, `propertiesNotSatisfied`, ...). No failures = a match.
 * Keyword checks run in MongoDB's order: scalar, array, object, logical keywords, then the type.
 */
import type { Document } from 'bson';
import { compareBson, isNumeric, keyOf, toNumber, typeRank } from './bson-order.ts';
import { bsonTypeName, NUMERIC_TYPES } from './bson-types.ts';
import { badValue, MongoCommandError, typeMismatch } from './errors.ts';

/** One entry of an errInfo failure list. */
export type RuleFailure = Document;
/** The failures of one (sub)schema for a value. */
export type SchemaCheck = (value: unknown) => RuleFailure[];
type Rule = (value: unknown) => RuleFailure | RuleFailure[] | undefined;

/** The keywords MongoDB's $jsonSchema knows, by kind. */
const KEYWORDS = new Set(
  [
    'bsonType type enum allOf anyOf oneOf not title description',
    'multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern',
    'maxProperties minProperties required additionalProperties properties patternProperties dependencies',
    'additionalItems items maxItems minItems uniqueItems',
  ]
    .join(' ')
    .split(' '),
);
const UNSUPPORTED = new Set(['$ref', '$schema', 'default', 'definitions', 'format', 'id']);

/** JSON Schema's types as BSON types. */
const JSON_TYPES: Record<string, ReadonlySet<string>> = {
  object: new Set(['object']),
  array: new Set(['array']),
  number: NUMERIC_TYPES,
  boolean: new Set(['bool']),
  string: new Set(['string']),
  null: new Set(['null']),
};

/** `bsonType`'s names (the `$type` aliases; `number` is handled apart). */
const BSON_TYPES = new Set(
  [
    'double string object array binData undefined objectId bool date null regex',
    'dbPointer javascript symbol javascriptWithScope int timestamp long decimal minKey maxKey',
  ]
    .join(' ')
    .split(' '),
);

const failedToParse = (message: string) => new MongoCommandError(9, 'FailedToParse', message);

const isObject = (v: unknown): v is Document => v !== null && typeof v === 'object' && !Array.isArray(v) && bsonTypeName(v) === 'object';

/** A subschema's title and description, which errInfo repeats next to its failures. */
function annotations(schema: Document): Document {
  const out: Document = {};
  if (typeof schema.title === 'string') out.title = schema.title;
  if (typeof schema.description === 'string') out.description = schema.description;
  return out;
}

function schemaObject(value: unknown, keyword: string): Document {
  if (!isObject(value)) throw typeMismatch(`$jsonSchema keyword '${keyword}' must be an object`);
  return value;
}

function schemaArray(value: unknown, keyword: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw typeMismatch(`$jsonSchema keyword '${keyword}' must be a nonempty array`);
  return value;
}

function nonNegative(value: unknown, keyword: string): number {
  if (!isNumeric(value) || toNumber(value) < 0 || !Number.isInteger(toNumber(value))) {
    throw typeMismatch(`$jsonSchema keyword '${keyword}' must be a non-negative integer`);
  }
  return toNumber(value);
}

/** The set of BSON types a `type` or `bsonType` keyword allows. */
function allowedTypes(keyword: 'type' | 'bsonType', spec: unknown): Set<string> {
  const names = Array.isArray(spec) ? spec : [spec];
  const allowed = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string') throw typeMismatch(`$jsonSchema keyword '${keyword}' must be a string or an array of strings`);
    if (keyword === 'type') {
      if (name === 'integer') throw badValue("$jsonSchema type 'integer' is not currently supported.");
      const types = JSON_TYPES[name];
      if (!types) throw badValue(`Unknown type name alias: ${name}`);
      for (const t of types) allowed.add(t);
    } else if (name === 'number') {
      for (const t of NUMERIC_TYPES) allowed.add(t);
    } else if (BSON_TYPES.has(name)) {
      allowed.add(name);
    } else {
      throw badValue(`Unknown type name alias: ${name}`);
    }
  }
  return allowed;
}

/** A failure naming the keyword as the schema gave it (errInfo's `specifiedAs`). */
const keywordFailure = (schema: Document, keywords: string[], extra: Document): RuleFailure => ({
  operatorName: keywords[0],
  specifiedAs: Object.fromEntries(keywords.filter((k) => k in schema).map((k) => [k, schema[k]])),
  ...extra,
});

function scalarRules(schema: Document): Rule[] {
  const rules: Rule[] = [];
  const numeric = (keyword: 'maximum' | 'minimum', exclusive: 'exclusiveMaximum' | 'exclusiveMinimum', fails: (cmp: number, strict: boolean) => boolean) => {
    if (!(keyword in schema)) return;
    if (!isNumeric(schema[keyword])) throw typeMismatch(`$jsonSchema keyword '${keyword}' must be a number`);
    const strict = schema[exclusive] === true;
    rules.push((v) =>
      isNumeric(v) && fails(compareBson(v, schema[keyword]), strict)
        ? keywordFailure(schema, [keyword, exclusive], { reason: 'comparison failed', consideredValue: v })
        : undefined,
    );
  };
  numeric('maximum', 'exclusiveMaximum', (cmp, strict) => cmp > 0 || (strict && cmp === 0));
  numeric('minimum', 'exclusiveMinimum', (cmp, strict) => cmp < 0 || (strict && cmp === 0));
  for (const keyword of ['maxLength', 'minLength'] as const) {
    if (!(keyword in schema)) continue;
    const limit = nonNegative(schema[keyword], keyword);
    const fails = keyword === 'maxLength' ? (n: number) => n > limit : (n: number) => n < limit;
    rules.push((v) =>
      typeof v === 'string' && fails([...v].length)
        ? keywordFailure(schema, [keyword], { reason: 'specified string length was not satisfied', consideredValue: v })
        : undefined,
    );
  }
  if ('pattern' in schema) {
    if (typeof schema.pattern !== 'string') throw typeMismatch("$jsonSchema keyword 'pattern' must be a string");
    const re = new RegExp(schema.pattern, 'u');
    rules.push((v) =>
      typeof v === 'string' && !re.test(v)
        ? keywordFailure(schema, ['pattern'], { reason: 'regular expression did not match', consideredValue: v })
        : undefined,
    );
  }
  if ('multipleOf' in schema) {
    if (!isNumeric(schema.multipleOf) || toNumber(schema.multipleOf) <= 0) throw typeMismatch("$jsonSchema keyword 'multipleOf' must be a positive number");
    const divisor = toNumber(schema.multipleOf);
    rules.push((v) =>
      isNumeric(v) && toNumber(v) % divisor !== 0
        ? keywordFailure(schema, ['multipleOf'], { reason: 'considered value is not a multiple of the specified value', consideredValue: v })
        : undefined,
    );
  }
  return rules;
}

function arrayRules(schema: Document): Rule[] {
  const rules: Rule[] = [];
  if ('items' in schema) {
    if (Array.isArray(schema.items)) {
      const checks = schema.items.map((s) => compile(schemaObject(s, 'items')));
      rules.push((v) => {
        if (!Array.isArray(v)) return undefined;
        const details = checks.flatMap((check, i) => {
          const failures = i < v.length ? check(v[i]) : [];
          return failures.length ? [{ itemIndex: i, details: failures }] : [];
        });
        return details.length ? { operatorName: 'items', details } : undefined;
      });
      if ('additionalItems' in schema) rules.push(additionalItemsRule(schema, checks.length));
    } else {
      const items = schemaObject(schema.items, 'items');
      rules.push(firstFailingItemRule('items', items, 0, 'At least one item did not match the sub-schema'));
    }
  }
  for (const keyword of ['maxItems', 'minItems'] as const) {
    if (!(keyword in schema)) continue;
    const limit = nonNegative(schema[keyword], keyword);
    const fails = keyword === 'maxItems' ? (n: number) => n > limit : (n: number) => n < limit;
    rules.push((v) =>
      Array.isArray(v) && fails(v.length)
        ? keywordFailure(schema, [keyword], { reason: 'array did not match specified length', consideredValue: v, numberOfItems: v.length })
        : undefined,
    );
  }
  if (schema.uniqueItems === true) {
    rules.push((v) => {
      if (!Array.isArray(v)) return undefined;
      const seen = new Set<string>();
      for (const item of v) {
        const key = keyOf(item);
        if (seen.has(key)) return keywordFailure(schema, ['uniqueItems'], { reason: 'found a duplicate item', consideredValue: v, duplicatedValue: item });
        seen.add(key);
      }
      return undefined;
    });
  }
  return rules;
}

function firstFailingItemRule(operatorName: string, itemSchema: Document, from: number, reason: string): Rule {
  const check = compile(itemSchema);
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    for (let i = from; i < v.length; i++) {
      const details = check(v[i]);
      if (details.length) return { operatorName, ...annotations(itemSchema), reason, itemIndex: i, details };
    }
    return undefined;
  };
}

function additionalItemsRule(schema: Document, from: number): Rule {
  if (schema.additionalItems === false) {
    return (v) =>
      Array.isArray(v) && v.length > from
        ? keywordFailure(schema, ['additionalItems'], { reason: 'found additional items', additionalItems: v.slice(from) })
        : undefined;
  }
  if (schema.additionalItems === true) return () => undefined;
  return firstFailingItemRule(
    'additionalItems',
    schemaObject(schema.additionalItems, 'additionalItems'),
    from,
    'At least one additional item did not match the sub-schema',
  );
}

function objectRules(schema: Document): Rule[] {
  const rules: Rule[] = [];
  const properties = 'properties' in schema ? schemaObject(schema.properties, 'properties') : {};
  const subschema = (name: string, s: unknown) => {
    const sub = schemaObject(s, name);
    return { sub, check: compile(sub) };
  };
  const propertyChecks = Object.entries(properties).map(([name, s]) => ({ name, ...subschema(name, s) }));
  if (propertyChecks.length) {
    rules.push((v) => {
      if (!isObject(v)) return undefined;
      const propertiesNotSatisfied = propertyChecks.flatMap(({ name, sub, check }) => {
        if (!(name in v) || v[name] === undefined) return [];
        const details = check(v[name]);
        return details.length ? [{ propertyName: name, ...annotations(sub), details }] : [];
      });
      return propertiesNotSatisfied.length ? { operatorName: 'properties', propertiesNotSatisfied } : undefined;
    });
  }
  const patterns = Object.entries('patternProperties' in schema ? schemaObject(schema.patternProperties, 'patternProperties') : {}).map(([regex, s]) => ({
    regexMatched: regex,
    re: new RegExp(regex, 'u'),
    ...subschema(regex, s),
  }));
  if (patterns.length) {
    rules.push((v) => {
      if (!isObject(v)) return undefined;
      const details = patterns.flatMap(({ regexMatched, re, sub, check }) =>
        Object.keys(v).flatMap((name) => {
          if (!re.test(name)) return [];
          const failures = check(v[name]);
          return failures.length ? [{ propertyName: name, ...annotations(sub), regexMatched, details: failures }] : [];
        }),
      );
      return details.length ? { operatorName: 'patternProperties', details } : undefined;
    });
  }
  if ('additionalProperties' in schema)
    rules.push(
      additionalPropertiesRule(
        schema,
        new Set(Object.keys(properties)),
        patterns.map((p) => p.re),
      ),
    );
  for (const keyword of ['maxProperties', 'minProperties'] as const) {
    if (!(keyword in schema)) continue;
    const limit = nonNegative(schema[keyword], keyword);
    const fails = keyword === 'maxProperties' ? (n: number) => n > limit : (n: number) => n < limit;
    rules.push((v) =>
      isObject(v) && fails(Object.keys(v).length)
        ? keywordFailure(schema, [keyword], { reason: 'specified number of properties was not satisfied', numberOfProperties: Object.keys(v).length })
        : undefined,
    );
  }
  if ('required' in schema) {
    const required = schemaArray(schema.required, 'required');
    if (!required.every((r) => typeof r === 'string')) throw typeMismatch("$jsonSchema keyword 'required' must be an array of strings");
    rules.push((v) => {
      if (!isObject(v)) return undefined;
      const missingProperties = (required as string[]).filter((name) => v[name] === undefined);
      return missingProperties.length ? keywordFailure(schema, ['required'], { missingProperties }) : undefined;
    });
  }
  if ('dependencies' in schema) rules.push(dependenciesRule(schemaObject(schema.dependencies, 'dependencies')));
  return rules;
}

function additionalPropertiesRule(schema: Document, declared: ReadonlySet<string>, patterns: RegExp[]): Rule {
  const additional = (v: Document) => Object.keys(v).filter((name) => !declared.has(name) && !patterns.some((re) => re.test(name)));
  if (schema.additionalProperties === false) {
    return (v) => {
      const names = isObject(v) ? additional(v) : [];
      return names.length ? keywordFailure(schema, ['additionalProperties'], { additionalProperties: names }) : undefined;
    };
  }
  if (schema.additionalProperties === true) return () => undefined;
  const sub = schemaObject(schema.additionalProperties, 'additionalProperties');
  const check = compile(sub);
  return (v) => {
    if (!isObject(v)) return undefined;
    for (const name of additional(v)) {
      const details = check(v[name]);
      if (details.length) {
        return {
          operatorName: 'additionalProperties',
          ...annotations(sub),
          reason: 'at least one additional property did not match the subschema',
          failingProperty: name,
          details,
        };
      }
    }
    return undefined;
  };
}

/** `dependencies`: a present property requires other properties (an array) or the object to match a schema. */
function dependenciesRule(dependencies: Document): Rule {
  const checks = Object.entries(dependencies).map(([conditionalProperty, dependency]) => {
    if (Array.isArray(dependency)) {
      return (v: Document) => {
        const missingProperties = dependency.filter((name) => v[name as string] === undefined);
        return missingProperties.length ? { conditionalProperty, missingProperties } : undefined;
      };
    }
    const check = compile(schemaObject(dependency, `dependencies.${conditionalProperty}`));
    return (v: Document) => {
      const details = check(v);
      return details.length ? { conditionalProperty, details } : undefined;
    };
  });
  const properties = Object.keys(dependencies);
  return (v) => {
    if (!isObject(v)) return undefined;
    const failingDependencies: Document[] = [];
    checks.forEach((check, i) => {
      const failure = v[properties[i]!] === undefined ? undefined : check(v);
      if (failure) failingDependencies.push(failure);
    });
    return failingDependencies.length ? { operatorName: 'dependencies', failingDependencies } : undefined;
  };
}

function logicalRules(schema: Document): Rule[] {
  const rules: Rule[] = [];
  const subschemas = (keyword: string) =>
    schemaArray(schema[keyword], keyword).map((s) => [schemaObject(s, keyword), compile(schemaObject(s, keyword))] as const);
  const failing = (list: ReturnType<typeof subschemas>, v: unknown) =>
    list.flatMap(([sub, check], index) => {
      const details = check(v);
      return details.length ? [{ index, ...annotations(sub), details }] : [];
    });
  if ('allOf' in schema) {
    const list = subschemas('allOf');
    rules.push((v) => {
      const schemasNotSatisfied = failing(list, v);
      return schemasNotSatisfied.length ? { operatorName: 'allOf', schemasNotSatisfied } : undefined;
    });
  }
  if ('anyOf' in schema) {
    const list = subschemas('anyOf');
    rules.push((v) => {
      const schemasNotSatisfied = failing(list, v);
      return schemasNotSatisfied.length === list.length ? { operatorName: 'anyOf', schemasNotSatisfied } : undefined;
    });
  }
  if ('oneOf' in schema) {
    const list = subschemas('oneOf');
    rules.push((v) => {
      const schemasNotSatisfied = failing(list, v);
      if (schemasNotSatisfied.length === list.length) return { operatorName: 'oneOf', schemasNotSatisfied };
      const failed = new Set(schemasNotSatisfied.map((f) => f.index));
      const matchingSchemaIndexes = list.map((_, i) => i).filter((i) => !failed.has(i));
      return matchingSchemaIndexes.length > 1 ? { operatorName: 'oneOf', reason: 'more than one subschema matched', matchingSchemaIndexes } : undefined;
    });
  }
  if ('not' in schema) {
    const check = compile(schemaObject(schema.not, 'not'));
    rules.push((v) => (check(v).length === 0 ? { operatorName: 'not', reason: 'child expression matched' } : undefined));
  }
  if ('enum' in schema) {
    const values = schemaArray(schema.enum, 'enum');
    rules.push((v) =>
      values.some((e) => typeRank(e) === typeRank(v) && compareBson(e, v) === 0)
        ? undefined
        : keywordFailure(schema, ['enum'], { reason: 'value was not found in enum', consideredValue: v }),
    );
  }
  return rules;
}

function typeRule(schema: Document): Rule | undefined {
  const keyword = 'bsonType' in schema ? 'bsonType' : 'type' in schema ? 'type' : undefined;
  if (!keyword) return undefined;
  const allowed = allowedTypes(keyword, schema[keyword]);
  return (v) => {
    const type = bsonTypeName(v);
    return allowed.has(type) ? undefined : keywordFailure(schema, [keyword], { reason: 'type did not match', consideredValue: v, consideredType: type });
  };
}

function compile(schema: Document): SchemaCheck {
  for (const keyword of Object.keys(schema)) {
    if (UNSUPPORTED.has(keyword)) throw failedToParse(`$jsonSchema keyword '${keyword}' is not currently supported`);
    if (!KEYWORDS.has(keyword)) throw failedToParse(`Unknown $jsonSchema keyword: ${keyword}`);
  }
  if ('type' in schema && 'bsonType' in schema) throw failedToParse("Cannot specify both $jsonSchema keywords 'type' and 'bsonType'");
  const type = typeRule(schema);
  const rules = [...scalarRules(schema), ...arrayRules(schema), ...objectRules(schema), ...logicalRules(schema), ...(type ? [type] : [])];
  return (value) => rules.flatMap((rule) => rule(value) ?? []);
}

/** A `$jsonSchema` operand compiled: the rules a document fails (none if it matches). */
export function compileJsonSchema(schema: unknown): SchemaCheck {
  if (!isObject(schema)) throw typeMismatch('$jsonSchema must be an object');
  return compile(schema);
}

/** errInfo's explanation of a document failing a `$jsonSchema`. */
export function schemaFailure(schema: Document, failures: RuleFailure[]): Document {
  return { operatorName: '$jsonSchema', ...annotations(schema), schemaRulesNotSatisfied: failures };
}
