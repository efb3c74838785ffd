import runtimeSchema from './data/schema/runtime.json';
import { NewsbriefInputError } from './errors';
import { type JsonSchema, schemaViolation } from './schema-check';
import type { BriefingOptions } from './schema';

/**
 * The options of extractBriefing (and of a batch), checked against OptionsSchema as generated into
 * src/data/schema/runtime.json (see src/schema-check.ts for why not with zod itself at run time).
 * @throws NewsbriefInputError (`OPTIONS_INVALID`) naming the first option that breaks the schema
 */
export function checkedOptions(options: unknown): BriefingOptions {
  const violation = schemaViolation(runtimeSchema.options as JsonSchema, options);
  if (violation) {
    throw new NewsbriefInputError('OPTIONS_INVALID', `invalid options: ${violation.path.join('.') || '(root)'} ${violation.message}`);
  }
  return options as BriefingOptions;
}
