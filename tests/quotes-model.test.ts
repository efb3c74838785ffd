import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { endsHere } from '../src/stages/quotes/boundary-model';
import { calibrate, keepsQuote, quoteConfidence } from '../src/stages/quotes/model';
import { isotonicKnots, trainLogistic, type Example } from '../scripts/lib/logistic';
import { isHeldBack, matchRatio } from '../scripts/lib/polnear';

const options = { epochs: 5, rate: 0.1, l2: 1e-4, seed: 42, minCount: 1 };

function toyExamples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 200; i++) out.push({ features: ['bias', i % 2 === 0 ? 'cue=say' : 'cue=plan', `n=${i % 7}`], label: i % 2 === 0 });
  return out;
}

describe('quote model training (scripts/lib/logistic.ts)', () => {
  it('is reproducible: the same data and seed give the same weights', () => {
    expect([...trainLogistic(toyExamples(), options)]).toEqual([...trainLogistic(toyExamples(), options)]);
  });

  it('learns which feature marks a right quote', () => {
    const w = trainLogistic(toyExamples(), options);
    expect(w.get('cue=say')!).toBeGreaterThan(0);
    expect(w.get('cue=plan')!).toBeLessThan(0);
  });

  it('leaves out a feature fewer than minGroups documents show, and keeps one that many show', () => {
    // 'spk=inherited' in one document only (as one interview in PolNeAR train), 'cue=say' across 20 documents
    const examples: Example[] = toyExamples().map((e, i) => ({ ...e, group: i < 40 ? 'interview' : `doc-${i % 20}` }));
    for (let i = 0; i < 40; i++) examples[i] = { features: ['bias', 'spk=inherited'], label: false, group: 'interview' };
    const grouped = trainLogistic(examples, { ...options, minGroups: 3 });
    expect(grouped.has('spk=inherited')).toBe(false);
    expect(grouped.get('cue=say')!).toBeGreaterThan(0);
    expect(trainLogistic(examples, options).get('spk=inherited')!).toBeLessThan(0);
  });

  it('calibration knots rise with the score', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ score: i / 100, right: (i * 7) % 10 < i / 10 }));
    const knots = isotonicKnots(points);
    for (let i = 1; i < knots.length; i++) {
      expect(knots[i]![0]).toBeGreaterThanOrEqual(knots[i - 1]![0]);
      expect(knots[i]![1]).toBeGreaterThanOrEqual(knots[i - 1]![1]);
    }
    expect(calibrate(0.5, [[0, 0], [1, 1]])).toBeCloseTo(0.5);
    expect(calibrate(2, [[0, 0.1], [1, 0.9]])).toBe(0.9);
  });
});

describe('held-back slice and matching (scripts/lib/polnear.ts)', () => {
  it('holds back about a tenth of the documents, the same ones every run', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => ({ id: `doc-${i}` }));
    const held = ids.filter(isHeldBack).length;
    expect(held).toBeGreaterThan(120);
    expect(held).toBeLessThan(280);
    expect(ids.filter(isHeldBack)).toEqual(ids.filter(isHeldBack));
  });

  it('measures a discontinuous gold content piece by piece', () => {
    expect(matchRatio({ start: 0, end: 10 }, [[0, 10]])).toBe(1);
    expect(matchRatio({ start: 0, end: 10 }, [[0, 4], [6, 10]])).toBeCloseTo(0.8);
  });
});

describe('the shipped quote and boundary models', () => {
  it('gives a confidence in 0..1 and keeps every quote with keepAll', () => {
    const c = quoteConfidence(['bias', 'k=direct', 'cue=say']);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
    expect(keepsQuote('direct', 1)).toBe(true);
    const doc = runUntil(createDoc('Title\n\nThe "summit" ends tomorrow. Officials said the talks went well.'), 'resolve');
    const all = extractQuotes(doc, { keepAll: true }).quotes;
    const kept = extractQuotes(doc).quotes;
    expect(all.length).toBeGreaterThanOrEqual(kept.length);
    for (const q of all) expect(q.confidence).toBeGreaterThanOrEqual(0);
  });

  it('ends a content where the rules end it', () => {
    expect(endsHere(['bias', 't=;', 'rule=cut'], true)).toBe(true);
  });
});
