import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type Briefing, BriefingSchema } from '../src/index';
import { briefingJsonSchema, runtimeSchemaFacts } from '../scripts/json-schema';

describe('Briefing schema', () => {
  it('docs/briefing.schema.json is generated from the zod schema and up to date (run npm run schema:json)', () => {
    const checkedIn = readFileSync(join(__dirname, '..', 'docs', 'briefing.schema.json'), 'utf8');
    expect(checkedIn).toBe(briefingJsonSchema());
  });

  it('src/data/schema/runtime.json (the options and quote fields a call reads without zod) is up to date (run npm run schema:json)', () => {
    const checkedIn = readFileSync(join(__dirname, '..', 'src', 'data', 'schema', 'runtime.json'), 'utf8');
    expect(checkedIn).toBe(runtimeSchemaFacts());
  });

  it('the Briefing type is the inferred schema type', () => {
    expectTypeOf<Briefing>().toEqualTypeOf<z.infer<typeof BriefingSchema>>();
  });

  it.each([
    ['a span whose start exceeds its end', { start: 5, end: 2 }],
    ['a negative offset', { start: -1, end: 2 }],
    ['a fractional offset', { start: 0.5, end: 2 }],
  ])('rejects %s', (_label, span) => {
    const briefing = minimalBriefing();
    briefing.body.paragraphs.push(span);
    expect(BriefingSchema.safeParse(briefing).success).toBe(false);
  });

  it('accepts a minimal briefing', () => {
    expect(BriefingSchema.safeParse(minimalBriefing()).success).toBe(true);
  });
});

function minimalBriefing(): Briefing {
  return {
    schemaVersion: 1,
    headline: null,
    publishedAt: null,
    referenceDate: null,
    source: { publisher: null, credits: [] },
    body: { paragraphs: [], sentences: [], removed: [] },
    summary: [],
    entities: [],
    quotes: [],
    events: [],
    timeExpressions: [],
    warnings: [],
  };
}
