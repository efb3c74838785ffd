/**
 * Checks a value against the part of JSON Schema that `z.toJSONSchema` writes for the options (src/schema.ts
 * OptionsSchema, generated into src/data/schema/runtime.json by scripts/write-json-schema.ts): objects with
 * `properties` and `additionalProperties: false`, `anyOf`, strings with `enum`, numbers with `minimum` and `maximum`,
 * and `instanceof: "Date"` for what JSON Schema cannot say.
 *
 * Why not zod: zod is about 50 ms of a cold start (its module graph and the schemas built at import), and the options
 * are the only thing a call must check (issue 14). The schema stays the one source: this reads what is generated
 * from it, throws on a keyword it does not know (so a new kind of option cannot pass unchecked), and
 * tests/schema-check.test.ts compares its verdicts with OptionsSchema's on a table of good and bad options.
 */
export interface JsonSchema {
  type?: 'object' | 'string' | 'number';
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  anyOf?: JsonSchema[];
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  instanceof?: 'Date';
}

const KNOWN = new Set(['type', 'properties', 'additionalProperties', 'anyOf', 'enum', 'minimum', 'maximum', 'instanceof']);

/** The first way `value` breaks `schema`, as `{ path, message }`, or null when it conforms. */
export function schemaViolation(schema: JsonSchema, value: unknown, path: readonly string[] = []): { path: string[]; message: string } | null {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`schema-check: unknown keyword "${key}" at ${path.join('.') || '(root)'}`);
  }
  const fail = (message: string) => ({ path: [...path], message });
  if (schema.anyOf) {
    if (!schema.anyOf.some((branch) => schemaViolation(branch, value, path) === null)) return fail('has none of the allowed types');
  }
  if (schema.instanceof === 'Date' && !(value instanceof Date)) return fail('is not a Date');
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`expected an object, got ${describe(value)}`);
      const properties = schema.properties ?? {};
      for (const [key, item] of Object.entries(value)) {
        const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
        if (!property) {
          if (schema.additionalProperties === false) return fail(`unknown option "${key}"`);
          continue;
        }
        // an optional property given as undefined is left out, as zod's optional() takes it
        if (item === undefined) continue;
        const inner = schemaViolation(property, item, [...path, key]);
        if (inner) return inner;
      }
      break;
    }
    case 'string':
      if (typeof value !== 'string') return fail(`expected a string, got ${describe(value)}`);
      if (schema.enum && !schema.enum.includes(value)) return fail(`expected one of ${schema.enum.map((e) => JSON.stringify(e)).join('|')}`);
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`expected a finite number, got ${describe(value)}`);
      if (schema.minimum !== undefined && value < schema.minimum) return fail(`must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return fail(`must be at most ${schema.maximum}`);
      break;
    case undefined:
      break;
    default:
      throw new Error(`schema-check: unknown type "${String(schema.type)}"`);
  }
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : typeof value;
}
