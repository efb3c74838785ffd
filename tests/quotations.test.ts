import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

/** each quotation of the body as its pieces' text */
function quotationsOf(body: string): string[][] {
  const source = `Rally draws thousands\n\n${body}`;
  const doc = runUntil(createDoc(source, '2026-03-02'), 'tokens');
  return doc.tokens!.quotations.map((q) => q.pieces.map((p) => source.slice(p.start, p.end)));
}

describe('a quotation left open at a paragraph end', () => {
  it('continues into a next paragraph that opens with the same style of mark', () => {
    expect(quotationsOf('"We built the plant in a year.\n\n"Now we will build two more," the mayor said.')).toEqual([
      ['We built the plant in a year.', 'Now we will build two more,'],
    ]);
    expect(quotationsOf('“We built the plant in a year.\n\n“Now we will build two more,” the mayor said.')).toEqual([
      ['We built the plant in a year.', 'Now we will build two more,'],
    ]);
    // two straight singles as the marks (the New York Times' archive text), as PolNeAR's gold runs such a quote on
    expect(quotationsOf("''We built the plant in a year.\n\n''Now we will build two more,'' the mayor said.")).toEqual([
      ['We built the plant in a year.', 'Now we will build two more,'],
    ]);
  });

  it('keeps a closed quotation apart from the paragraph after it, whatever its marks', () => {
    expect(quotationsOf("''We built the plant in a year,'' she said.\n\n''Now we will build two more,'' the mayor said.")).toEqual([
      ['We built the plant in a year,'],
      ['Now we will build two more,'],
    ]);
    expect(quotationsOf("''We built the plant in a year.\n\n\"Now we will build two more,\" the mayor said.")).toEqual([
      ['We built the plant in a year.'],
      ['Now we will build two more,'],
    ]);
  });

  it('does not continue into a paragraph that opens with a mark of another style', () => {
    // a block quote pasted in straight marks, then the article's own curly quote
    expect(quotationsOf('"The crowd waited for hours, chanting “Four more years!”\n\n“He is here, honey,” she said.')).toEqual([
      ['The crowd waited for hours, chanting “Four more years!”'],
      ['He is here, honey,'],
    ]);
  });
});
