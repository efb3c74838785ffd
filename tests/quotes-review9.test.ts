import { describe, expect, it } from 'vitest';
import learnedCues from '../src/data/quotes/learned-cues.json';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { exemptFromDrop } from '../src/stages/quotes/drop-exemptions';
import { quoteLines } from './helpers/quotes';

/** Counter-examples from the round-9 review of the quote changes (made up, not from eval data). */
describe('a coordinated subject whose last member is a role and full name (phrases.ts, Q1)', () => {
  it('credits every member when the "and" joins people, not words of one organization name', () => {
    expect(quoteLines('Senate Majority Leader Chuck Schumer and House Speaker Mike Johnson said the deal would pass this week.')).toContain(
      'indirect [Senate Majority Leader Chuck Schumer and House Speaker Mike Johnson] the deal would pass this week',
    );
    expect(quoteLines('Ortiz and Health Secretary Robert Kennedy said the clinics would stay open.')).toContain(
      'indirect [Ortiz and Health Secretary Robert Kennedy] the clinics would stay open',
    );
    expect(quoteLines('Farmers and Agriculture Minister Tom Vilsack agreed that the levy was too high.')).toContain(
      'indirect [Farmers and Agriculture Minister Tom Vilsack] the levy was too high',
    );
  });

  it('still gives one speaker when the "and" sits inside a name opened by "of"', () => {
    expect(quoteLines('Department of Health and Human Services Secretary Robert Kennedy said the clinics would stay open.')).toContain(
      'indirect [Robert Kennedy] the clinics would stay open',
    );
  });
});

describe('the sentence-end speaker fallback (resolve/pronouns.ts, Q2)', () => {
  it('does not replace the speaker named beside the verb with the person who opens the sentence', () => {
    const lines = quoteLines(
      'Mayor Daniel Ortiz opened the session.\n\nOrtiz, who met residents for an hour, listened as councillor Tom Reyes said repairs would take months. ' +
        'The meeting, attended by Mark Hill and Paul Stone, ran late. "It will take a year at least," he said.',
    );
    expect(lines).toContain('direct [Tom Reyes] It will take a year at least,');
    expect(lines).not.toContain('direct [Daniel Ortiz] It will take a year at least,');
  });
});

describe('a relative clause closed by its comma does not host a later quotation (context.ts, Q3)', () => {
  it('leaves the quotation to the outer report', () => {
    const lines = quoteLines('Smith said the bill, which he said his party wrote, would "create thousands of jobs in the region."');
    expect(lines).not.toContain('indirect [Smith] the bill');
    expect(lines.some((l) => l.startsWith('partial [Smith] the bill, which he said his party wrote, would "create'))).toBe(true);
  });
});

describe('"as" before a noun phrase with a relative clause on it is a label, not a clause (as-clause.ts, Q4)', () => {
  it('keeps the label with the object', () => {
    expect(quoteLines('The mayor described the reform as something the city badly needs.')).not.toContain('indirect [The mayor] the reform');
    expect(quoteLines('The mayor described the reform as what the city needs.')).not.toContain('indirect [The mayor] the reform');
  });
});

describe('a coordinated clause is a report of its own only after a speech cue (reported.ts, Q6)', () => {
  it('does not credit "economists expect" with a report', () => {
    const lines = quoteLines('The minister said inflation had peaked and economists expect rates to fall next year.');
    expect(lines).not.toContain('indirect [economists] rates to fall next year');
  });
});

describe('the drop exemption for a passive\'s "by" agent reads the passive-agent step\'s test (drop-exemptions.ts, Q9)', () => {
  const exempt = (body: string): boolean[] => {
    const doc = runUntil(createDoc(`Levy row\n\n${body}`, '2016-09-20'), 'resolve');
    return extractQuotes(doc, { keepAll: true }).quotes.map((q) => exemptFromDrop(doc.tokens!.tokens, q));
  };

  it('an adverb between the auxiliary and the participle still makes a passive; with "not" it reports nothing', () => {
    expect(exempt('The plan was also called "a betrayal" by the growers\' association.')).toEqual([true]);
    // a negated passive report gives no quote at all, as the active "The department did not describe ..." (quotes-passive-subject.test.ts)
    expect(exempt('The loss was not described as "heartbreaking" by the conservation department.')).toEqual([]);
    expect(exempt('The plan was called "a betrayal" by the growers\' association.')).toEqual([true]);
  });
});

describe('"titled" and "entitled" name a title, no one\'s words (cues.json naming, 02-titles; Q5)', () => {
  it('"title" is never a learned cue, and the quotation after a naming word yields no quote', () => {
    expect(Object.keys(learnedCues.verbs)).not.toContain('title');
    expect(Object.keys(learnedCues.verbs)).not.toContain('entitle');
    expect(quoteLines('The government published a report titled "Securing Our Borders: A Plan for the Future" on Monday.')).toEqual([]);
  });

  it('a title inside a report is not its quoted words', () => {
    expect(quoteLines('Officials said the plan, entitled "Fair Levies for All", would raise $4 million.')).toEqual([
      'indirect [Officials] the plan, entitled "Fair Levies for All", would raise $4 million',
    ]);
  });
});
