import { z } from 'zod';
import { BriefingSchema, OptionsSchema, QuoteSchema } from '../src/schema';

/** The Briefing contract as JSON Schema, generated from the zod schema (never edited by hand). */
export function briefingJsonSchema(): string {
  const schema = z.toJSONSchema(BriefingSchema, { target: 'draft-2020-12', io: 'output' });
  return `${JSON.stringify({ title: 'Briefing', ...schema }, null, 2)}\n`;
}

/**
 * What the library reads from the schema on every call, generated from it into src/data/schema/runtime.json so that
 * an import and a first call need no zod (issue 14): the options as JSON Schema of their input, which
 * src/options-check.ts checks (a Date, which JSON Schema cannot say, as `instanceof: "Date"`), and the fields of a
 * quote in the schema's order (src/stages/quotes/judge.ts). tests/schema.test.ts fails when the file is not current.
 */
export function runtimeSchemaFacts(): string {
  const options = z.toJSONSchema(OptionsSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') (ctx.jsonSchema as Record<string, unknown>).instanceof = 'Date';
    },
  });
  delete (options as Record<string, unknown>).$schema;
  return `${JSON.stringify({ options, quoteFields: Object.keys(QuoteSchema.shape) }, null, 2)}\n`;
}
