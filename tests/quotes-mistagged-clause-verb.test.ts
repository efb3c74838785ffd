import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const TITLE = 'Harbour levy vote\n\n';

function quotesOf(body: string) {
  return runUntil(createDoc(TITLE + body, '2026-03-02'), 'quotes').quotes!.quotes;
}
const shown = (body: string): string => JSON.stringify(quotesOf(body).map((q) => [q.kind, q.speaker.name, q.text]));

// a bare complement clause whose past verb the tagger reads as a noun ('deserved/NOUN', 'forgave/NOUN') kept no
// clause frame, so the report was lost (now the POS repair 'past verb after its subject tagged as a noun' in
// src/nlp/pos-repairs.ts, tested alone in pos-repairs.test.ts; PolNeAR train without held-back: 2 more output,
// 2 matched; dev 1 and 1)
describe('a past verb tagged as a noun still makes a reported clause', () => {
  // [sentence, speaker, content]
  const table: Array<[string, string, string]> = [
    ['Councillor Brannagh said the Khan family deserved better.', 'Brannagh', 'the Khan family deserved better'],
    ['The mayor said the harbour board deserved more credit.', 'The mayor', 'the harbour board deserved more credit'],
    ['Dunleavy told reporters the ferry company forgave the debt.', 'Dunleavy', 'the ferry company forgave the debt'],
  ];
  it.each(table)('%s', (body, speaker, content) => {
    const found = quotesOf(body).filter((q) => q.kind === 'indirect');
    expect(found.map((q) => [q.speaker.name, q.text]), shown(body)).toContainEqual([speaker, content]);
  });

  // the verb the tagger did read stays the clause's: the content and speaker nearby are unchanged
  it('keeps a clause whose verb was tagged right', () => {
    const body = 'Brannagh said the retired dockers deserved better, and the board agreed.';
    expect(quotesOf(body).filter((q) => q.kind === 'indirect').map((q) => [q.speaker.name, q.text]), shown(body)).toContainEqual(['Brannagh', 'the retired dockers deserved better']);
  });
});

// '..., says board members outlined a plan': an -ed verb after the phrase after the cue was read as a participle on
// an inverted subject ('said officials based in Ohio'), so the sentence's opening became the content of 'board
// members' (05-verb-cues onlyAppositionAfter; PolNeAR train without held-back and dev: fired twice, both wrong)
describe('a simple past after the phrase after a cue makes it a clause, not an inverted subject', () => {
  it('reports the clause after the cue', () => {
    const body = 'While the spokesman gave no figures, Councillor Ewan Brody, Lab-Leith, says board members outlined a plan in which the levy doubles.';
    const found = quotesOf(body).map((q) => [q.speaker.name, q.text]);
    expect(found, shown(body)).toContainEqual(['Ewan Brody', 'board members outlined a plan in which the levy doubles']);
    expect(found.map(([speaker]) => speaker), shown(body)).not.toContain('board members');
  });

  // the right output nearby: a participle before a preposition still modifies an inverted subject
  it.each([
    ['The levy was fair and the harbour needed it, said officials based in Leith.', 'officials', 'The levy was fair and the harbour needed it'],
    ['The levy was fair, said a trader named Ewan Brody.', 'a trader', 'The levy was fair'],
  ])('keeps an inverted subject with a participle on it: %s', (body, speaker, content) => {
    expect(quotesOf(body).map((q) => [q.speaker.name, q.text]), shown(body)).toEqual([[speaker, content]]);
  });
});
