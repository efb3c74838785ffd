import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { evidenceNames, evidenceOf, recordEvidence } from '../src/stages/resolve/confidence';
import type { Entity } from '../src/schema';
import { entityPasses } from '../src/stages/entities/passes';
import passEvidence from '../src/data/entities/pass-evidence.json';

recordEvidence(true);
const mentionsOf = (text: string) => runUntil(createDoc(text), 'entities').entities!.mentions;
const evidence = (e: Entity, name: (typeof evidenceNames)[number]): number => evidenceOf.get(e)![evidenceNames.indexOf(name)]!;

describe('where a name span came from (NameMention.origin)', () => {
  it('every entity pass is listed once in pass-evidence.json, by its kind of evidence or among the passes that only drop', () => {
    const listed = [...passEvidence.boundary, ...passEvidence.gazetteer, ...passEvidence.context, ...passEvidence.document, ...passEvidence.drops];
    expect([...listed].sort()).toEqual(entityPasses.map((p) => p.name).sort());
  });

  it("a place cut out of a legislator's seat carries a boundary pass's evidence, not a context cue's", () => {
    // pass 86 cuts "Minnesota" out of "Republican of Minnesota" and checks it against the gazetteer
    const minnesota = mentionsOf('Representative Michele Bachmann, Republican of Minnesota, told Mr. Obama.').find((m) => m.text === 'Minnesota')!;
    expect(minnesota.origin).toBe('boundary');
  });

  it('a name the tagger found and kept is its own; one a rule retyped carries the rule pass kind', () => {
    // "Renault" alone the tagger takes for a person (a family name); the list of companies before a price verb retypes it (pass 30)
    const mentions = mentionsOf('Renault and Stellantis also gained after the central bank left rates unchanged.');
    const renault = mentions.find((m) => m.text === 'Renault')!;
    expect(renault.type).toBe('organization');
    expect(renault.origin).toBe('context');
    // the tagger still said these words are a name, whatever the type
    expect(renault.taggerAnyName).toBeGreaterThan(0.5);
    expect(renault.taggerScore!).toBeLessThan(renault.taggerAnyName!);
  });

  it('a name a number-headed broadcaster rule made is the gazetteer kind ("Channel 4 News")', () => {
    const mentions = mentionsOf('He told Channel 4 News that the deal was off.');
    expect(mentions.find((m) => m.text === 'Channel 4 News')?.origin).toBe('gazetteer');
  });

  it('every mention of the entity stage has an origin', () => {
    const mentions = mentionsOf('Prime Minister Fumio Kishida met Joe Biden in Tokyo on Monday. The Bank of Japan (BOJ) held rates.');
    expect(mentions.length).toBeGreaterThan(2);
    for (const m of mentions) expect(['tagger', 'boundary', 'gazetteer', 'context', 'document']).toContain(m.origin);
    expect(mentions.find((m) => m.text === 'Tokyo')?.origin).toBe('tagger');
  });
});

describe('confidence of names a rule made', () => {
  it("is judged on the rule's evidence, not on the tagger's probability for a type it did not choose", () => {
    const b = extractBriefing('Renault and Stellantis also gained after the central bank left rates unchanged.');
    const renault = b.entities.find((e) => e.name === 'Renault')!;
    expect(evidence(renault, 'ruleContext')).toBe(1);
    expect(evidence(renault, 'taggerMaxLogit')).toBe(0);
    expect(evidence(renault, 'noTaggerScore')).toBe(1);
    expect(evidence(renault, 'ruleTaggerAnyNameLogit')).toBeGreaterThan(0);
    // before: 0.09, from the tagger's 4% for "organization"
    expect(renault.confidence).toBeGreaterThan(0.15);
  });

  it('a name the tagger typed itself has no rule evidence', () => {
    const b = extractBriefing('Prime Minister Fumio Kishida met Joe Biden in Tokyo on Monday.');
    for (const e of b.entities) for (const n of ['ruleGazetteer', 'ruleContext', 'ruleDocument', 'ruleTaggerAnyNameLogit'] as const) expect(evidence(e, n)).toBe(0);
  });

  it('junk the passes remove stays out at every confidence level', () => {
    const text = 'Investors welcomed the move. Attack stokes fears. Traders said the Data Retention Bill would pass.';
    expect(extractBriefing(text).entities.map((e) => e.name)).toEqual([]);
  });
});
