import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { breakFeatures, endsHere, learnedEnd } from '../src/stages/quotes/boundary-model';
import { buckets, CLOSED_LIMIT, FeatureList, HashedWeights, WeightSum } from '../src/stages/quotes/feature-weights';
import { quoteFeatures, writeQuoteFeatures } from '../src/stages/quotes/features';
import { featureSource } from '../src/stages/quotes/judge';
import { judgedConfidence, quoteConfidence } from '../src/stages/quotes/model';
import { extractQuotes } from '../src/stages/quotes';
import { spokenByAgent } from '../src/stages/quotes/drop-exemptions';

const table = new HashedWeights({ 'cue=say|k=direct': 1.5, 'cue=say': 0.25, bias: -0.5, 'n1=</s>': 2, 'cue=': 7 });

describe('HashedWeights: a weight by the parts of its feature, as exact as a Map by the joined string', () => {
  it.each([
    [['cue=say|k=direct'], 1.5],
    [['cue=', 'say', '|k=', 'direct'], 1.5],
    [['cue=s', 'ay|k=d', 'irect'], 1.5],
    [['cue=', 'say'], 0.25],
    [['cue=', ''], 7],
    [['bias'], -0.5],
    [['n1=', '</s>'], 2],
    // a prefix, an extension and a near miss of a known feature have no weight
    [['cue=', 'sa'], 0],
    [['cue=', 'say', '|k=', 'directs'], 0],
    [['cue=', 'sax'], 0],
    [['unknown'], 0],
  ] as Array<[string[], number]>)('%j -> %d', (parts, weight) => {
    expect(table.weight(parts[0]!, parts[1], parts[2], parts[3])).toBe(weight);
  });

  it('sums in the order written and lists the joined strings', () => {
    const sum = new WeightSum(table);
    const list = new FeatureList();
    for (const w of [sum, list]) {
      w.add('bias');
      w.add('cue=', 'say', '|k=', 'direct');
      w.add('n1=', '</s>');
      w.addClosed('cue=', 'say');
    }
    expect(sum.total).toBe(-0.5 + 1.5 + 2 + 0.25);
    expect(list.features).toEqual(['bias', 'cue=say|k=direct', 'n1=</s>', 'cue=say']);
  });

  it.each([
    [['cue=', 'say', '|k=', 'direct']],
    [['cue=', 'say']],
    [['cue=', '']],
    [['cue=']],
    [['bias']],
    [['cue=', 'sa']],
    [['cue=', 'say', '|k=', 'directs']],
    [['unknown']],
  ] as Array<[string[]]>)('closedWeight(%j) is weight() asked twice, and addClosed lists the joined string', (parts) => {
    const [a, b, c, d] = parts as [string, string?, string?, string?];
    const memo = new HashedWeights({ 'cue=say|k=direct': 1.5, 'cue=say': 0.25, bias: -0.5, 'cue=': 7 });
    expect(memo.closedWeight(a, b, c, d)).toBe(table.weight(a, b, c, d));
    expect(memo.closedWeight(a, b, c, d)).toBe(table.weight(a, b, c, d));
    const list = new FeatureList();
    list.addClosed(a, b, c, d);
    list.add(a, b, c, d);
    expect(list.features[0]).toBe(list.features[1]);
  });

  it('closedWeight answers as weight() past the memo limit, and the memo stays within it (open words passed to it)', () => {
    const memo = new HashedWeights({ 'n1=w7': 3, 'n1=w24999': 4 });
    for (let i = 0; i < 25_000; i++) {
      memo.closedWeight('n1=', `w${i}`);
      // the cap: the memo starts afresh past CLOSED_LIMIT nodes, overshooting by at most one call's four parts
      // (without the reset it would hold 25,001 nodes here: review rev24-c finding 8)
      expect(memo.memoNodes).toBeLessThanOrEqual(CLOSED_LIMIT + 4);
    }
    expect(memo.memoNodes).toBeLessThan(25_000 - CLOSED_LIMIT + 10);
    expect(memo.closedWeight('n1=', 'w7')).toBe(3);
    expect(memo.closedWeight('n1=', 'w24999')).toBe(4);
    expect(memo.closedWeight('n1=', 'w8')).toBe(0);
  });

  it.each([
    [0, '<=2'],
    [2, '<=2'],
    [3, '<=4'],
    [5, '>4'],
  ])('buckets([2, 4])(%d) is %s', (n, label) => {
    expect(buckets([2, 4])(n)).toBe(label);
  });
});

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const texts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

describe('the stage scores the same features the trainer reads (seed fixtures)', () => {
  it('judgedConfidence equals quoteConfidence over quoteFeatures for every quote', () => {
    let judged = 0;
    for (const text of texts) {
      const doc = runUntil(createDoc(text), 'resolve');
      const src = featureSource(doc);
      for (const q of extractQuotes(doc, { keepAll: true }).quotes) {
        judged++;
        const byAgent = spokenByAgent(src.tokens, q);
        const list = new FeatureList();
        writeQuoteFeatures(src, q, byAgent, list);
        expect(list.features).toEqual(quoteFeatures(src, q, byAgent));
        expect(judgedConfidence(src, q, byAgent)).toBe(quoteConfidence(quoteFeatures(src, q, byAgent), q.kind));
      }
    }
    expect(judged).toBeGreaterThan(10);
  });

  it('learnedEnd equals endsHere over breakFeatures at every token', () => {
    let ends = 0;
    for (const text of texts.slice(0, 3)) {
      const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
      for (const frame of ['clause', 'object'] as const) {
        for (let k = 1; k < tokens.length - 1; k++) {
          for (const rule of [true, false]) {
            const expected = endsHere(breakFeatures(tokens, 0, k, tokens.length, frame, rule), false);
            expect(learnedEnd(tokens, 0, k, tokens.length, frame, rule)).toBe(expected);
            if (expected) ends++;
          }
        }
      }
    }
    expect(ends).toBeGreaterThan(0);
  });
});

// The shipped weight files read through HashedWeights: every stored feature answers its own weight (a Map by the
// joined string would), and a pair of features whose hashes collide keeps two weights, whichever is stored first.
describe('HashedWeights over the shipped models and a hash collision', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(__dirname, '..', 'src', 'data', 'quotes', file), 'utf8')) as { weights: Record<string, number> };
  it.each(['model.json', 'boundary-model.json'])('%s: every key gives its weight', (file) => {
    const { weights } = read(file);
    const hashed = new HashedWeights(weights);
    const wrong = Object.entries(weights).filter(([k, v]) => hashed.weight(k) !== v);
    expect(wrong).toEqual([]);
  });
  it.each([
    [{ 't=upxlrcb': 1, 't=aiuamgl': 2 }],
    [{ 't=aiuamgl': 2, 't=upxlrcb': 1 }],
  ])('colliding features keep their own weights (%j)', (weights) => {
    const hashed = new HashedWeights(weights);
    expect(hashed.weight('t=', 'upxlrcb')).toBe(1);
    expect(hashed.weight('t=', 'aiuamgl')).toBe(2);
    expect(new HashedWeights({ 't=upxlrcb': 1 }).weight('t=aiuamgl')).toBe(0);
  });
});
