import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** The quotes of a short story, as "kind [speaker] text". */
function quotes(body: string): string[] {
  const source = `Campaign notes\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-06-06'), 'resolve');
  return extractQuotes(doc).quotes.map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('a partial quote ends where a new report follows its comma-closed quoted words', () => {
  it("'..., maniacal,\" adding, \"...\"': the second quotation is the participle's, not the first content's", () => {
    expect(
      quotes('Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote, he lost everybody.”'),
    ).toEqual(['partial [Trump] that Mitt Romney “had a crazy policy of self-deportation which was maniacal,”', 'direct [Trump] He lost all of the Latino vote, he lost everybody.']);
  });

  it("'...,'' and he reiterated his claim that ...': 'and' with a subject and a cue opens a report of its own", () => {
    const out = quotes("Mr. Trump said he was ''the perfect messenger because I fully understand life,'' and he reiterated his claim that Mrs. Clinton had bullied the women.");
    expect(out[0]).toBe("partial [Trump] he was ''the perfect messenger because I fully understand life,''");
  });

  it("'and' going on with the same content keeps it: 'was \"bold,\" and that ...'", () => {
    const out = quotes('The mayor said the plan was “bold and overdue,” and that the council would vote on it soon.');
    expect(out[0]).toBe('partial [The mayor] the plan was “bold and overdue,” and that the council would vote on it soon');
  });
});

describe('quoted words followed by "and", a subject and a cue', () => {
  it("'he was \"very encouraged\" and Trump calling it a \"great meeting\"': two reports, two speakers", () => {
    expect(quotes('Paul Ryan said he was “very encouraged” and Trump calling it a “great meeting.”')).toEqual([
      'partial [Paul Ryan] he was “very encouraged”',
      'direct [Trump] great meeting.',
    ]);
  });
});

describe('a colon inside a content opens a report of its own', () => {
  it("'sounded equivocal: Former Rep. Jane Harman called it \"...\"': Harman's words, not the first clause's", () => {
    expect(quotes('Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman called it “the least bad option under the circumstances.”')).toEqual([
      'direct [Jane Harman] the least bad option under the circumstances.',
    ]);
  });
});
