import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../src/lazy-schema';
import { BriefingSchema as RealBriefingSchema } from '../src/schema';
import { BriefingSchema, StorySchema } from '../src/index';
import { extractBriefing } from '../src/extract';

const briefing = extractBriefing('Japanese Prime Minister Fumio Kishida met Xi Jinping in Bangkok on Monday.', { publishedAt: '2022-11-13' });

describe('an exported schema built on first use (src/lazy-schema.ts)', () => {
  it('builds nothing until a property is read, and builds once', () => {
    let loads = 0;
    const schema = lazySchema(() => {
      loads++;
      return z.object({ a: z.string() });
    });
    expect(loads).toBe(0);
    expect(schema.safeParse({ a: 'x' }).success).toBe(true);
    expect(schema.safeParse({ a: 1 }).success).toBe(false);
    expect(loads).toBe(1);
  });

  it.each<[string, (schema: typeof RealBriefingSchema) => unknown]>([
    ['safeParse of a briefing', (s) => s.safeParse(briefing).success],
    ['safeParse of a wrong briefing', (s) => s.safeParse({ ...briefing, schemaVersion: 2 }).success],
    ['parse', (s) => s.parse(briefing).entities.length],
    ['its shape', (s) => Object.keys(s.shape)],
    ['extend', (s) => s.extend({ extra: z.string() }).safeParse({ ...briefing, extra: 'x' }).success],
    ['pick', (s) => Object.keys(s.pick({ headline: true }).shape)],
    ['inside another schema', (s) => z.array(s).safeParse([briefing, {}]).error?.issues[0]?.path[0]],
    ['instanceof', (s) => s instanceof z.ZodObject],
    ['JSON Schema', (s) => z.toJSONSchema(s)],
    ['its own keys', (s) => Object.keys(s).sort()],
    ['in', (s) => 'safeParse' in s],
  ])('answers %s as the schema itself does', (_what, ask) => {
    expect(ask(BriefingSchema)).toEqual(ask(RealBriefingSchema));
  });

  it('gives the Story schema too', () => {
    expect(StorySchema.safeParse({ articles: [], entities: [], quotes: [], events: [], contradictions: [] }).success).toBe(true);
    expect(StorySchema.safeParse({ articles: [] }).success).toBe(false);
  });
});
