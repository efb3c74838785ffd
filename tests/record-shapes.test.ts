import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../src/document';
import { defaultStages, runPipeline, runUntil } from '../src/pipeline';
import { findAttributions, sentenceContext } from '../src/stages/quotes/reported';

/**
 * Records that many functions read keep every field, in one order, whichever rule made them: V8 gives objects
 * with other key lists (or keys added later) other hidden classes, and the functions reading them turn
 * polymorphic, then megamorphic, and deoptimize on a cold process (issue 14; scripts/jit-cost.ts). Equal key
 * lists are what a test can see of one hidden class; spread copies (`{ ...a, key }`), which V8 in Node 20 gives a
 * class of their own even with equal keys, are kept out of these records by their factories.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const texts = readdirSync(FIXTURES)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

const keyLists = (records: readonly object[]): Set<string> => new Set(records.map((r) => Object.keys(r).join(',')));

describe('record shapes', () => {
  it('has seed fixtures to read', () => {
    expect(texts.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the document the same key list after every stage', () => {
    const docs: Doc[] = [];
    for (const text of texts) {
      let doc = createDoc(text, '2024-01-02');
      for (const stage of defaultStages) {
        doc = runPipeline(doc, [stage]);
        docs.push(doc);
      }
    }
    expect([...keyLists(docs)]).toEqual(['source,options,clean,language,tokens,entities,resolve,time,quotes,events,summary']);
  });

  it('gives every reporting cue and every attribution one key list', () => {
    const cues: object[] = [];
    const attributions: object[] = [];
    for (const text of texts) {
      const doc = runUntil(createDoc(text, '2024-01-02'), 'resolve');
      const layer = { source: doc.source, tokens: doc.tokens!.tokens, sentences: doc.tokens!.sentences };
      for (let s = 0; s < layer.sentences.length; s++) {
        cues.push(...sentenceContext(layer, s).cues);
        attributions.push(...findAttributions(layer, s));
      }
    }
    // the fixtures hold cues of several finders and attributions with and without frame, narrow content and nesting
    expect(cues.length).toBeGreaterThan(20);
    expect(attributions.length).toBeGreaterThan(20);
    expect([...keyLists(cues)]).toEqual(['start,end,frames,participle,bare,predicative']);
    expect([...keyLists(attributions)]).toEqual(['cue,subject,content,contentTokens,sentence,frame,narrow,interruption,label,nested']);
  });
});
