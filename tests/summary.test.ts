import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { indexMentions } from '../src/stages/resolve/indexes';
import { summaryStage } from '../src/stages/summary';

const HEADLINE = 'Leaders to meet in Bali';

function article(paragraphs: readonly string[]): string {
  return [HEADLINE, ...paragraphs].join('\n\n');
}

/** tokens from the real tokenizer; no entities, events or quotes unless a test adds them */
function tokenized(text: string): Doc {
  const base = runUntil(createDoc(text, '2022-11-13'), 'tokens');
  return { ...base, resolve: { entities: [], ...indexMentions([], base.tokens!) }, events: { events: [] }, quotes: { quotes: [] } };
}

const LONG = article([
  'Japanese Prime Minister Fumio Kishida is likely to meet Chinese President Xi Jinping at the summit in Bali next week.',
  'The meeting would be the first face-to-face talks between the two leaders since Kishida took office last year.',
  'Officials in Tokyo said preparations were being coordinated with Beijing through diplomatic channels.',
  'The weather in Bali has been warm and humid for most of the month, according to local forecasters.',
  '"We hope the meeting will bring stability to the region," a senior Japanese official told reporters on Saturday.',
  'Trade between the two countries reached a record high last year, driven by strong demand for electronics.',
  'Analysts said the two leaders would also discuss Taiwan and the East China Sea during their meeting.',
  'Several hotels near the venue have been closed to the public for security reasons this week.',
  'China has not confirmed whether Xi will attend the full programme of the summit in Bali.',
  'The summit will also be attended by the leaders of the United States, India and Australia.',
  'Local residents said traffic around the venue had already slowed to a crawl on Friday.',
  'Kishida is expected to return to Tokyo after the summit ends on Wednesday.',
]);

describe('summary', () => {
  const doc = tokenized(LONG);
  const summary = summaryStage.run(doc).summary;
  const sentences = doc.tokens!.sentences;

  it('holds three to five sentences in text order', () => {
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    const starts = summary.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('opens with the lead and never picks the headline', () => {
    const lead = sentences.find((s) => s.paragraph === 0)!;
    expect(summary[0]).toEqual({ start: lead.start, end: lead.end });
    expect(summary.some((s) => LONG.slice(s.start, s.end).includes(HEADLINE))).toBe(false);
  });

  it('only picks whole story sentences', () => {
    for (const span of summary) {
      const match = sentences.find((s) => s.start === span.start && s.end === span.end);
      expect(match?.paragraph).toBeGreaterThanOrEqual(0);
    }
  });

  it('prefers sentences about the main event and its people over filler', () => {
    const entities = [entity('e1', 'Kishida', LONG, 0.9), entity('e2', 'Xi', LONG, 0.8)];
    const withLayers: Doc = {
      ...doc,
      resolve: { entities, ...indexMentions(entities, doc.tokens!) },
      events: {
        events: [
          {
            id: 'v1',
            type: 'meeting',
            trigger: { text: 'meet', span: spanOf(LONG, 'meet Chinese') },
            participants: [],
            location: null,
            time: null,
            status: 'possible',
            sentence: sentenceContaining(doc, 'is likely to meet'),
            mentions: ['is likely to meet', 'first face-to-face', 'discuss Taiwan'].map((p) => sentenceContaining(doc, p)),
          },
        ],
      },
    };
    const texts = summaryStage.run(withLayers).summary.map((s) => LONG.slice(s.start, s.end));
    expect(texts.some((t) => t.includes('weather'))).toBe(false);
    expect(texts.some((t) => t.includes('hotels'))).toBe(false);
    expect(texts.some((t) => t.includes('discuss Taiwan') || t.includes('first face-to-face'))).toBe(true);
  });

  it.each([
    [[], 0],
    [['Only one sentence here about the meeting.'], 1],
    [['First sentence about the meeting.', 'Second sentence about the meeting.'], 2],
  ] as const)('returns every story sentence when there are fewer than three (%#)', (paragraphs, expected) => {
    const text = paragraphs.length > 0 ? article(paragraphs) : '';
    const d = text ? tokenized(text) : { ...createDoc(''), tokens: { tokens: [], sentences: [], quotations: [] } };
    expect(summaryStage.run(d).summary).toHaveLength(expected);
  });
});

function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

function sentenceContaining(doc: Doc, phrase: string): { start: number; end: number } {
  const at = doc.source.indexOf(phrase);
  const s = doc.tokens!.sentences.find((x) => x.start <= at && at < x.end)!;
  return { start: s.start, end: s.end };
}

function entity(id: string, name: string, text: string, salience: number) {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length, text: name, kind: 'name' as const });
  }
  return { id, type: 'person' as const, subtype: null, name, aliases: [], titles: [], affiliations: [], mentions, salience, confidence: 1 };
}
