import { describe, expect, it } from 'vitest';
import { createDoc, mentionsOfSentence, type Doc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { loadFixtures } from './helpers/golden';

function resolved(text: string): Doc {
  return runUntil(createDoc(text, '2022-11-13'), 'resolve');
}

/** the text of the entity (its name) whose mention covers the token with this text */
function entityNameAt(doc: Doc, tokenText: string, nth = 0): string | null {
  const tokens = doc.tokens!.tokens;
  const at = tokens.map((t, i) => (t.text === tokenText ? i : -1)).filter((i) => i >= 0)[nth]!;
  const e = doc.resolve!.entityAtToken[at]!;
  return e < 0 ? null : doc.resolve!.entities[e]!.name;
}

const TEXT = [
  'Leaders to meet in Bali',
  'Japan and China agreed to talks. President Fumio Kishida met Xi Jinping on Thursday.',
  'He said the talks were frank. The Japanese president welcomed the meeting.',
].join('\n\n');

describe('resolve: mention indexes', () => {
  const doc = resolved(TEXT);
  const layer = doc.resolve!;

  it.each([
    ['Kishida', 0, 'Fumio Kishida'],
    ['Fumio', 0, 'Fumio Kishida'],
    ['Jinping', 0, 'Xi Jinping'],
    ['He', 0, 'Fumio Kishida'],
    ['met', 0, null],
    ['talks', 0, null],
  ] as const)('token %s (#%i) belongs to %s', (token, nth, name) => {
    expect(entityNameAt(doc, token, nth)).toBe(name);
  });

  it('a nominal holding a demonym leaves the demonym its token', () => {
    const nominal = layer.mentions.find((p) => p.mention.kind === 'nominal')!;
    expect(doc.source.slice(nominal.mention.start, nominal.mention.end)).toBe('The Japanese president');
    expect(entityNameAt(doc, 'president')).toBe('Fumio Kishida');
    expect(entityNameAt(doc, 'Japanese')).toBe('Japan');
  });

  it('holds every mention on tokens once, in text order, with its entity', () => {
    const all = layer.entities.flatMap((e) => e.mentions);
    expect(layer.mentions).toHaveLength(all.length);
    for (let k = 1; k < layer.mentions.length; k++) {
      expect(layer.mentions[k]!.mention.start).toBeGreaterThanOrEqual(layer.mentions[k - 1]!.mention.start);
    }
    for (const p of layer.mentions) {
      expect(layer.entities[p.entityIndex]).toBe(p.entity);
      expect(p.entity.mentions).toContain(p.mention);
    }
  });
});

describe('resolve: mention indexes agree with the entities on every fixture', () => {
  it.each(loadFixtures().map((f) => [f.name, f.text]))('%s', (_name, text) => {
    const doc = resolved(text);
    const { tokens, sentences } = doc.tokens!;
    const layer = doc.resolve!;
    expect(layer.sentenceMentions).toHaveLength(sentences.length + 1);
    expect(layer.sentenceMentions[sentences.length]).toBe(layer.mentions.length);
    sentences.forEach((sentence, s) => {
      for (const p of mentionsOfSentence(layer, s)) {
        expect(p.sentence).toBe(s);
        expect(sentence.start <= p.mention.start && p.mention.start < sentence.end).toBe(true);
      }
    });
    tokens.forEach((token, t) => {
      const covering = layer.mentions.filter((p) => p.mention.start < token.end && token.start < p.mention.end);
      const k = layer.mentionAtToken[t]!;
      if (covering.length === 0) {
        expect(k).toBe(-1);
        expect(layer.entityAtToken[t]).toBe(-1);
        return;
      }
      expect(covering).toContain(layer.mentions[k]);
      expect(layer.entityAtToken[t]).toBe(layer.mentions[k]!.entityIndex);
      const narrowest = Math.min(...covering.map((p) => p.mention.end - p.mention.start));
      expect(layer.mentions[k]!.mention.end - layer.mentions[k]!.mention.start).toBe(narrowest);
    });
  });
});
