import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { STANCE_MAX_CONFIDENCE } from '../src/stages/quotes/content-pointers';

function quotesOf(text: string) {
  return runUntil(createDoc(text, '2026-11-20'), 'quotes').quotes!.quotes;
}
const shown = (text: string): string => JSON.stringify(quotesOf(text).map((q) => [q.kind, q.speaker.name, q.text, q.confidence]));
const contentOf = (text: string, content: string) => quotesOf(text).find((q) => q.text === content);

describe('round 20: a subject that names nobody is no speaker (negative-speakers.ts)', () => {
  const dropped: Array<[string, string]> = [
    ['Thousands lined the streets. Not everyone welcomed the ceremony.', 'the ceremony'],
    ['The vote was close. Nobody said the count was wrong.', 'the count was wrong'],
    ['The vote was close. No one claimed the count was wrong.', 'the count was wrong'],
  ];
  it.each(dropped)('%s', (text, content) => {
    expect(contentOf(text, content), shown(text)).toBeUndefined();
  });

  it('a named or plain subject keeps its paraphrase', () => {
    const text = 'The vote was close. Everyone said the count was wrong.';
    expect(contentOf(text, 'the count was wrong'), shown(text)).toBeDefined();
  });
});

describe("round 20: a stance's bare object is kept under 0.9 (content-pointers.ts namesOnlyStance)", () => {
  const capped: Array<[string, string]> = [
    ['The Dutch firm Northgate had opposed the takeover.', 'the takeover'],
    ['Mayor Karen Bass later defended the decision.', 'the decision'],
    ['Bass initially defended her budget.', 'her budget'],
    ['Sen. Tammy Duckworth opposes a Republican measure on asylum.', 'a Republican measure on asylum'],
  ];
  it.each(capped)('%s', (text, content) => {
    const q = quotesOf(text).find((x) => x.text.startsWith(content));
    expect(q, shown(text)).toBeDefined();
    expect(q!.confidence).toBeLessThanOrEqual(STANCE_MAX_CONFIDENCE);
    expect(STANCE_MAX_CONFIDENCE).toBeLessThan(0.9);
  });

  it('a stance with a clause or an "as" label is not capped', () => {
    const text = 'Environment Secretary Steve Reed defended the legislation as the only way to build homes.';
    const q = quotesOf(text).find((x) => x.text.startsWith('the legislation'));
    expect(q?.confidence, shown(text)).toBeGreaterThan(STANCE_MAX_CONFIDENCE);
  });
});

describe('round 20: a refusal to be drawn is a refusal to speak (deed-contents.ts)', () => {
  const dropped: Array<[string, string]> = [
    ['Manager Rui Costa refused to be drawn on the bid at his press conference on Thursday.', 'to be drawn on the bid at his press conference on Thursday'],
    ['The minister declined to be interviewed for this article.', 'to be interviewed for this article'],
  ];
  it.each(dropped)('%s', (text, content) => {
    expect(quotesOf(text).filter((q) => q.text.includes(content.slice(6, 20))), shown(text)).toEqual([]);
  });

  it('a refusal of a passive deed stays for the other checks', () => {
    const text = 'Manager Rui Costa refused to be bullied by the board.';
    expect(quotesOf(text).some((q) => q.text.includes('bullied')), shown(text)).toBe(true);
  });
});

describe('round 20: a sentence-opening "it" that reports refers to the organization that spoke before (resolve organization-pronouns.ts)', () => {
  it('"the agency said. It estimated that ..."', () => {
    const text =
      'The Medicines and Healthcare products Regulatory Agency (MHRA) ordered a recall on Wednesday.\n\nThe batches were sent to pharmacies between March and September, the agency said. It estimated that about 300,000 patients had been prescribed the tablets.';
    const q = contentOf(text, 'about 300,000 patients had been prescribed the tablets');
    expect(q?.speaker.entityId, shown(text)).not.toBeNull();
    expect(q!.speaker.name).toMatch(/Agency|MHRA/);
  });

  const left: Array<[string, string]> = [
    // a person spoke before: "it" is not them
    ['Regulators at the Medicines Agency met on Monday.\n\nThe batches were sent to pharmacies, Alison Cave said. It estimated that about 300,000 patients had been affected.', 'about 300,000 patients had been affected'],
    // two speakers before: a guess
    ['Torrent Pharmaceuticals and Lupin Limited issued statements.\n\nThe batches were sent, Torrent Pharmaceuticals said, and Lupin Limited said nothing was wrong. It estimated that about 300,000 patients had been affected.', 'about 300,000 patients had been affected'],
  ];
  it.each(left)('left alone: %s', (text, content) => {
    expect(contentOf(text, content)?.speaker.entityId ?? null, shown(text)).toBeNull();
  });
});
