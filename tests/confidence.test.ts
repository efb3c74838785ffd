import { describe, expect, it } from 'vitest';
import { applyMinConfidence } from '../src/confidence';
import type { Briefing } from '../src/schema';

const base = {
  schemaVersion: 1,
  headline: null,
  publishedAt: null,
  referenceDate: null,
  source: { publisher: null, credits: [] },
  body: { paragraphs: [], sentences: [], removed: [] },
  summary: [],
  timeExpressions: [],
  warnings: [],
} as const;

function briefing(): Briefing {
  const entity = (id: string, confidence: number) => ({
    id, type: 'person' as const, subtype: null, name: id, aliases: [], titles: [], affiliations: [], mentions: [], salience: 1, confidence,
  });
  return {
    ...base,
    entities: [entity('strong', 0.95), entity('weak', 0.3)],
    quotes: [
      { id: 'q1', kind: 'direct', text: 'a', span: { start: 0, end: 1 }, quoted: [], speaker: { entityId: 'weak', name: 'weak', mention: null }, cue: null, confidence: 0.9 },
      { id: 'q2', kind: 'indirect', text: 'b', span: { start: 2, end: 3 }, quoted: [], speaker: { entityId: 'strong', name: 'strong', mention: null }, cue: null, confidence: 0.2 },
    ],
    events: [
      { id: 'e1', type: 'meeting', trigger: { text: 'met', span: { start: 0, end: 3 } }, participants: [{ entityId: 'strong', role: null }, { entityId: 'weak', role: null }], location: null, time: null, status: 'occurred', sentence: { start: 0, end: 3 } },
    ],
  } as unknown as Briefing;
}

describe('minConfidence', () => {
  it('keeps everything at 0', () => {
    const b = briefing();
    expect(applyMinConfidence(b, 0)).toBe(b);
  });
  it('drops weak entities and quotes and every reference to a dropped entity', () => {
    const out = applyMinConfidence(briefing(), 0.5);
    expect(out.entities.map((e) => e.id)).toEqual(['strong']);
    expect(out.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(out.quotes[0]!.speaker).toEqual({ entityId: null, name: 'weak', mention: null });
    expect(out.events[0]!.participants).toEqual([{ entityId: 'strong', role: null }]);
  });
});
