import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** The direct quotes of a short story, as "[speaker] text". */
function directQuotes(body: string): string[] {
  const source = `Campaign notes\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-06-06'), 'resolve');
  return extractQuotes(doc)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => `[${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('a cue after a finished quoted sentence that reports something else is not that quote\'s', () => {
  it("'' marks (as the Times writes them): 'Y said: ''...''' introduces the next quotation, so B joins A", () => {
    const out = directQuotes("''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that happened today is the work of terrorists.''");
    expect(out).toEqual([
      "[Alawee] We are refugees,'' Ms. Alawee said. ''We are not terrorists.",
      '[Zahed] The attack that happened today is the work of terrorists.',
    ]);
  });

  it("'He said, twice, that ...': a cue whose 'that' clause follows a short setting reports that clause", () => {
    const out = directQuotes("''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is economy and jobs.'' He said, twice, that he was going to get up and go back to work.");
    expect(out).toEqual(["[Trump] Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is economy and jobs."]);
  });

  it('a quote not ending its sentence keeps the cue after it', () => {
    expect(directQuotes("''We are refugees,'' Mr. Zahed said, adding that the attack was the work of terrorists.")).toEqual(["[Zahed] We are refugees,"]);
  });
});

describe('a cue after a finished quoted sentence with a bare clause of its own', () => {
  it("'\"B.\" X said Wednesday she, too, wants ...' reports its clause, not the quotation", () => {
    const out = directQuotes('Lisa Madigan asserted that "trust in the Chicago Police Department is broken." Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry.');
    expect(out).toEqual(['[Lisa Madigan] trust in the Chicago Police Department is broken.']);
  });

  it("'\"A.\" X said of the plan, which ...' keeps the cue: a relative clause is no reported clause", () => {
    expect(directQuotes('"It will not work." Mr. Smith said of the plan, which passed on Monday.')).toEqual(['[Smith] It will not work.']);
  });
});
