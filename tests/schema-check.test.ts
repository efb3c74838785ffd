import { describe, expect, it } from 'vitest';
import runtimeSchema from '../src/data/schema/runtime.json';
import { extractBriefing } from '../src/extract';
import { type JsonSchema, schemaViolation } from '../src/schema-check';
import { OptionsSchema } from '../src/schema';

// the options are checked at run time against OptionsSchema as generated into runtime.json, not by zod: the verdict
// must be zod's on every kind of option, good and bad
const options = runtimeSchema.options as JsonSchema;

class WithProto {
  format = 'text';
}

describe('options checked against the generated schema give OptionsSchema verdicts', () => {
  it.each<[string, unknown]>([
    ['no options', {}],
    ['a date string', { publishedAt: '2024-01-02' }],
    ['any string as date (normalized later)', { publishedAt: 'not a date' }],
    ['a Date', { publishedAt: new Date('2024-01-02') }],
    ['every option', { publishedAt: '2024-01-02', format: 'html', minConfidence: 0.5 }],
    ['an option given as undefined', { format: undefined, minConfidence: undefined }],
    ['the bounds of minConfidence', { minConfidence: 0 }],
    ['the upper bound', { minConfidence: 1 }],
    ['a class instance with known fields', new WithProto()],
    ['an unknown option', { language: 'en' }],
    ['a misspelled option', { publishedat: '2024-01-02' }],
    ['a number as date', { publishedAt: 20240102 }],
    ['null as date', { publishedAt: null }],
    ['an unknown format', { format: 'pdf' }],
    ['a format in capitals', { format: 'TEXT' }],
    ['minConfidence above 1', { minConfidence: 1.5 }],
    ['minConfidence below 0', { minConfidence: -0.1 }],
    ['minConfidence NaN', { minConfidence: Number.NaN }],
    ['minConfidence Infinity', { minConfidence: Number.POSITIVE_INFINITY }],
    ['minConfidence as a string', { minConfidence: '0.5' }],
    ['a string', 'text'],
    ['a number', 3],
    ['null', null],
    ['an array', []],
    ['a Date as the options', new Date()],
  ])('%s', (_kind, value) => {
    expect(schemaViolation(options, value) === null).toBe(OptionsSchema.safeParse(value).success);
  });

  it('names the option and keeps the typed error', () => {
    expect(schemaViolation(options, { minConfidence: 2 })).toEqual({ path: ['minConfidence'], message: 'must be at most 1' });
    expect(() => extractBriefing('Tokyo announced on Monday that it would join.', { format: 'pdf' } as never)).toThrow(
      expect.objectContaining({ code: 'OPTIONS_INVALID', message: expect.stringContaining('format') }),
    );
  });

  it('refuses a schema with a keyword it cannot check, so that no new kind of option passes unchecked', () => {
    expect(() => schemaViolation({ type: 'string', pattern: '^a' } as JsonSchema, 'b')).toThrow(/unknown keyword "pattern"/);
  });
});
