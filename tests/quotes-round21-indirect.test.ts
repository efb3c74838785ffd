import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const TITLE = 'Harbour levy vote\n\n';

function quotesOf(body: string) {
  return runUntil(createDoc(TITLE + body, '2026-03-02'), 'quotes').quotes!.quotes;
}
const shown = (body: string): string => JSON.stringify(quotesOf(body).map((q) => [q.kind, q.speaker.name, q.text]));

// round 21: quoted words set off by punctuation and closed right before a cue's subject ('- "...," Brannagh said -')
// are that cue's own direct quote; the content of a cue before them ends where they open (trailing-quotation.ts)
describe('round 21: a paraphrase stops before a quotation that has its own trailing attribution', () => {
  // [sentence, the paraphrase's content, the direct quote's words]
  const table: Array<[string, string, string]> = [
    [
      'Brannagh suggested the levy would drive ferry firms away - "They will simply sail to Larne," she said - and urged the council to wait.',
      'the levy would drive ferry firms away',
      'They will simply sail to Larne,',
    ],
    // the NYT's doubled straight single marks come as two tokens each
    [
      "Mr. Dunleavy suggested the council had ignored the dock workers - ''They were never asked,'' Mr. Dunleavy said twice - and left the chamber.",
      'the council had ignored the dock workers',
      'They were never asked,',
    ],
  ];
  it.each(table)('%s', (body, content, words) => {
    const quotes = quotesOf(body);
    expect(quotes.filter((q) => q.kind === 'indirect').map((q) => q.text), shown(body)).toContain(content);
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.text), shown(body)).toContain(words);
    // no partial quote runs the paraphrase over the other cue's quotation
    expect(quotes.filter((q) => q.kind === 'partial'), shown(body)).toEqual([]);
  });

  // quoted words inside a phrase of the content stay a partial quote of it, whatever source trails the sentence
  const partial: Array<[string, string]> = [
    [
      "Brannagh said at a harbour forum that she was ''very, very comfortable with the new levy,'' the Courier reported.",
      "that she was ''very, very comfortable with the new levy,''",
    ],
  ];
  it.each(partial)('%s', (body, content) => {
    expect(quotesOf(body).filter((q) => q.kind === 'partial').map((q) => q.text), shown(body)).toContain(content);
  });
});

// round 21: ', while X and Y suggested ...' after a report is a report of its own even when its subject joins two
// names with 'and' (coordinated-report.ts ownReportAt); before, the earlier content ran over it and the inner report was lost
describe('round 21: a coordinated subject opens a report of its own after ", while"', () => {
  // [sentence, speaker, content]
  const table: Array<[string, string, string]> = [
    [
      'The union said it would "back the levy" but "not campaign for it," while Councillor Ann Brannagh and Mayor Tom Dunleavy suggested they would only offer conditional support.',
      'Councillor Ann Brannagh and Mayor Tom Dunleavy',
      'they would only offer conditional support',
    ],
    [
      'The harbour board said the fees would rise in May, while Councillor Ann Brannagh and Mayor Tom Dunleavy warned that delays would follow.',
      'Councillor Ann Brannagh and Mayor Tom Dunleavy',
      'delays would follow',
    ],
  ];
  it.each(table)('%s', (body, speaker, content) => {
    const found = quotesOf(body).filter((q) => q.kind === 'indirect').map((q) => [q.speaker.name, q.text]);
    expect(found, shown(body)).toContainEqual([speaker, content]);
  });
});

// round 21: a concession with a subject and speech verb of its own (', though X said ...') is another report
describe('round 21: ", though X said", ", after X said" end the content before them', () => {
  // [sentence, the first content, the second report's content]
  const table: Array<[string, string, string]> = [
    [
      'Dunleavy said the levy was a fair price for the new quay, though Councillor Ann Brannagh said she doubted voters would agree.',
      'the levy was a fair price for the new quay',
      'she doubted voters would agree',
    ],
    [
      'The mayor said late Wednesday that he would meet the ferry operators, although he wrote that he "rejects their latest demands."',
      'he would meet the ferry operators',
      'he "rejects their latest demands."',
    ],
  ];
  it.each(table)('%s', (body, first, second) => {
    const texts = quotesOf(body).map((q) => q.text);
    expect(texts, shown(body)).toContain(first);
    expect(texts.some((t) => t.includes(second.replace(/^he "|"$/g, '').slice(0, 20))), shown(body)).toBe(true);
  });

  // an earlier report of the same after 'after': the content ends at the comma
  it('Most ferry workers say the new schedule is workable, after half said so in the spring survey.', () => {
    const body = 'Most ferry workers say the new schedule is workable, after half said so in the spring survey.';
    expect(quotesOf(body).map((q) => q.text), shown(body)).toContain('the new schedule is workable');
  });
});
