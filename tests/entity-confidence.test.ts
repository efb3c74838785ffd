import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { decodeBase64 } from '../src/base64';
import { combine, featureHash, hashContinue } from '../src/stages/entities/feature-hash';
import { packModel, unpackModel } from '../src/stages/entities/packed-weights';

const text = [
  'Attack stokes instability fears in North Africa',
  '',
  'U.S. Secretary of State Antony Blinken met Tunisian officials in Tunis on Monday. Blinken said the Ennahda party and the Arab Spring had changed the region. Gunmen attacked a hotel in Sousse last year, and Mozilla and Snapchat said they would help.',
].join('\n');

describe('entity confidence', () => {
  const briefing = extractBriefing(text);

  it('puts a confidence in [0, 1] on every entity', () => {
    expect(briefing.entities.length).toBeGreaterThan(0);
    for (const e of briefing.entities) {
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('minConfidence drops exactly the entities below it', () => {
    const level = 0.6;
    const kept = extractBriefing(text, { minConfidence: level });
    expect(kept.entities.map((e) => e.id)).toEqual(briefing.entities.filter((e) => e.confidence >= level).map((e) => e.id));
  });

  it('gives the tagger a probability for the names it found', () => {
    const doc = runUntil(createDoc(text), 'entities');
    const scored = doc.entities!.mentions.filter((m) => m.taggerScore !== undefined);
    expect(scored.length).toBeGreaterThan(0);
    for (const m of scored) expect(m.taggerScore).toBeGreaterThanOrEqual(0);
  });
});

describe('titles and openers', () => {
  const briefing = extractBriefing(text);
  const names = briefing.entities.map((e) => `${e.name}/${e.type}`);

  it('keeps the title out of the name and makes no organization of it', () => {
    const blinken = briefing.entities.find((e) => e.name === 'Antony Blinken');
    expect(blinken?.type).toBe('person');
    expect(blinken?.titles.join(' ')).toMatch(/Secretary of State/);
    expect(names.filter((n) => /State Antony|Secretary/.test(n))).toEqual([]);
  });

  it('takes no capitalized common word opening the headline or a sentence for a person', () => {
    expect(names).not.toContain('Attack/person');
    expect(names).not.toContain('Gunmen/person');
    expect(names).not.toContain('Arab Spring/person');
  });
});

describe('packed weights', () => {
  it('hashes a string in pieces as in one go, and tells (template, value) pairs apart', () => {
    expect(hashContinue(featureHash('w-1='), 'the')).toBe(featureHash('w-1=the'));
    const ids = ['w-1=', 'w+1='].flatMap((t) => ['the', 'a', 'paris'].map((v) => combine(featureHash(t), featureHash(v))));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('round-trips hashes and quantized weights through the shipped form', () => {
    const labels = ['O', 'B-PER'];
    const hashes = Uint32Array.from([featureHash('a'), featureHash('b'), 7]);
    const file = packModel(labels, 100, hashes, [0.5, -1.25, 2, 0, 0.01, -0.01]);
    const table = unpackModel(file, labels);
    expect(table.row(featureHash('b'))).toBe(1);
    expect(table.row(featureHash('zzz'))).toBe(-1);
    expect(Array.from(table.values).map((v) => Math.round(v * 100) / 100)).toEqual([0.5, -1.25, 2, 0, 0.01, -0.01]);
  });

  it('decodes base64 as the standard does', () => {
    expect(Array.from(decodeBase64('AAEC/w=='))).toEqual([0, 1, 2, 255]);
  });
});
