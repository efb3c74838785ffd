import { describe, expect, it } from 'vitest';
import { quoteRows } from './helpers/quotes';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** The quotes the rules find in a short story (none dropped by the model), as "kind [speaker] text". */
const quotes = (body: string): string[] => quoteRows(body, { title: 'Council notes', publishedAt: '2016-06-06' }).map(([kind, text, speaker]) => `${kind} [${speaker || '-'}] ${text}`);

describe('partial quotes in a that-clause no speech cue governs (that-clause-lead.ts)', () => {
  it("a noun's that-clause is its owner's, 'that' included as PolNeAR marks it: a possessor's", () => {
    expect(quotes('Tom Reyes’s quip that the bridge was “perfectly safe” drew laughs.')).toContain('partial [Tom Reyes] that the bridge was “perfectly safe”');
  });

  it("... or the subject's of the verb taking the noun", () => {
    expect(quotes('Senator Dana Whitfield shared the frustration that the allies were acting as “free riders.”')).toContain('partial [Dana Whitfield] that the allies were acting as “free riders.”');
    // "express" is a speech cue of its own, whose object is the content (05-verb-cues.ts)
    expect(quotes('Senator Dana Whitfield expressed frustration that the allies were acting as “free riders.”')).toContain('partial [Dana Whitfield] frustration that the allies were acting as “free riders.”');
  });

  it("a fact's that-clause, a relative 'that' and a bare scare quote are no one's words", () => {
    expect(quotes('Voters ignored the fact that the plan was “bold.”').some((q) => q.startsWith('partial'))).toBe(false);
    expect(quotes('The city passed a plan that “would fix the roads” by spring.').some((q) => q.includes('plan that'))).toBe(false);
    expect(quotes('The so-called “rainy day fund” is empty.')).toEqual([]);
  });
});

describe('a label in marks after a verb, its object and "as" (label-as.ts)', () => {
  it("whatever the verb, the object and its label are the verb's subject's words", () => {
    expect(quotes('Senator Dana Whitfield has been steadily pounding the mayor as a “con artist” for months.')).toContain('partial [Dana Whitfield] the mayor as a “con artist”');
    expect(quotes('Mayor Ellen Park openly admires Governor Tom Reyes as a “strong leader” in private.')).toContain('partial [Ellen Park] Governor Tom Reyes as a “strong leader”');
  });

  it('no object, a passive, a participle or an adverb for an object is no label of anyone', () => {
    expect(quotes('The island, which the council claims as “sacred,” lies to the east.')).toEqual([]);
    expect(quotes('The town was known as “the Poorhouse of the Valley.”')).toEqual([]);
    expect(quotes('The allies were acting too often as “free riders.”')).toEqual([]);
    expect(quotes('Mocking the mayor as a “con artist” is easy.')).toEqual([]);
  });
});

describe('a lead before an interrupting attribution (12-lead-into-quote)', () => {
  it('the content runs from the lead over the attribution to the closing mark', () => {
    expect(quotes('No new name, the mayor said, “hides what the plan really is.”')).toEqual(['partial [the mayor] No new name, the mayor said, “hides what the plan really is.”']);
    expect(quotes('In cases of flooding, the agency said, “the owner is a victim.”')).toEqual(['partial [the agency] In cases of flooding, the agency said, “the owner is a victim.”']);
  });

  it('the lead is the clause after the last comma before the attribution', () => {
    expect(quotes('The vote went to a recount, which is an outcome, he said, “we have long expected.”')[0]).toMatch(/^partial \[.*\] which is an outcome, he said, “we have long expected\.”$/);
  });

  it('a quotation opening with a capital, a one-word lead or a time setting keeps the marked words alone', () => {
    expect(quotes('As the crowd cheered, Mayor Ellen Park said, “We will build it.”')).toEqual(['direct [Ellen Park] We will build it.']);
    expect(quotes('On Monday, Mayor Ellen Park said, “we will see.”')).toEqual(['direct [Ellen Park] we will see.']);
    expect(quotes('Also, Mayor Ellen Park said, “the road stays open.”')).toEqual(['direct [Ellen Park] the road stays open.']);
  });

  it('"A," she said, "B." stays one direct quote over both pieces', () => {
    const source = 'Council notes\n\n“We will win this,” Ellen Park said, “and we will win it soon.”';
    const doc = runUntil(createDoc(source, '2016-06-06'), 'resolve');
    const [q] = extractQuotes(doc).quotes;
    expect(q?.kind).toBe('direct');
    expect(q?.quoted).toHaveLength(2);
    expect(source.slice(q!.span.start, q!.span.end)).toBe('We will win this,” Ellen Park said, “and we will win it soon.');
  });
});

// the infinitive's content runs past the closing mark, as PolNeAR marks it: content.ts reads quoted words opening an
// infinitive as its verb, so the cue's attribution holds the quotation (01-partial-quotes)
describe('a progressive cue governs quoted words like a finite one (sentence-cue.ts)', () => {
  it("'is pledging to \"...\"' is the subject's partial quote; a bare participle's subject stands elsewhere", () => {
    expect(quotes('Mayor Ellen Park, celebrating a win at the polls, is pledging to “fix every road” by spring.')).toContain('partial [Ellen Park] to “fix every road” by spring');
  });
});

describe('the second half of an interrupted quote is no title (02-titles)', () => {
  it('"A," he said. "B, Name." joins into one quote over both pieces even when B is title-cased', () => {
    const source = 'Council notes\n\nMayor Ellen Park laughed.\n\n"Politics is a tough game," she said. "That\'s the way it is, Nicole."';
    const doc = runUntil(createDoc(source, '2016-06-06'), 'resolve');
    const found = extractQuotes(doc, { keepAll: true }).quotes.filter((q) => q.kind === 'direct');
    expect(found).toHaveLength(1);
    expect(found[0]!.quoted).toHaveLength(2);
    expect(source.slice(found[0]!.span.start, found[0]!.span.end)).toBe('Politics is a tough game," she said. "That\'s the way it is, Nicole.');
  });

  it('a title named after a finished sentence with no attribution stays a title', () => {
    expect(quotes('Mayor Ellen Park watched the show. "Fox and Friends" ran late.')).toEqual([]);
  });
});

describe("a participle cue set off by a comma speaks for the main clause's subject (sentence-cue.ts)", () => {
  it("'X spoke in Ohio, vowing to \"...\"' is X's partial quote", () => {
    expect(quotes('Mayor Ellen Park spoke in Dayton, vowing to “bring back our jobs” within a year.')).toContain('partial [Ellen Park] to “bring back our jobs” within a year');
  });

  it('not a participle that is no cue, nor one with no comma before it', () => {
    expect(quotes('The storm hit the coast, leaving residents “stranded.”')).toEqual([]);
  });
});

describe("a cue's addressee or setting before 'that' is no part of the partial quote (sentence-cue.ts)", () => {
  it("'stated of the audit that the report \"...\"' is the speaker's partial quote from the clause on", () => {
    expect(quotes('Later in the show, Mayor Ellen Park stated of the audit that the city report “wasn’t good.”')).toContain('partial [Ellen Park] that the city report “wasn’t good.”');
  });
});
