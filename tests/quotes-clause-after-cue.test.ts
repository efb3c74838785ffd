import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

describe('a cue after a finished quoted sentence that opens a clause of its own after a comma (direct.ts)', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ["'I say, somebody has to' reports its own clause: the quotation is theirs", 'My children ask me about it. They say, "Mama, why do you stay?" I say, somebody has to.', 'Mama, why do you stay?', 'I'],
    ["a participle after the comma is no clause: the cue after the marks keeps the quotation", 'The meeting ran late. "Is that fair?" Okafor asked, her voice rising.', 'Is that fair?', null],
    // no cue before the marks: the words after the comma are the cue's own setting, the only attribution stays (finding 7)
    ["'eyes closed' after the only cue: Okafor keeps the quotation", 'The meeting ran late. "It is over." Okafor said, eyes closed.', 'It is over.', null],
    ["'Reuters reported' after the only cue: Okafor keeps the quotation", 'The meeting ran late. "We will win this." Okafor said, Reuters reported.', 'We will win this.', null],
    ["'officials say' after the only cue: Okafor keeps the quotation", 'The meeting ran late. "We will win this." Okafor insisted, officials say.', 'We will win this.', null],
    ["'time is running out' after the only cue: Okafor keeps the quotation", 'The meeting ran late. "We must act now." Okafor said, time is running out.', 'We must act now.', null],
    ["a noun phrase on the quotation is no clause: the cue keeps it", 'The meeting ran late. "And I\'m not being paid!" Okafor declared, a point she likes to make after every meeting.', "I'm not being paid", null],
  ];
  it.each(cases)('%s', (_title, body, words, notSpeaker) => {
    const doc = runUntil(createDoc(`Levy row\n\n${body}`, '2026-12-01'), 'quotes');
    const quote = doc.quotes!.quotes.find((q) => q.text.includes(words));
    expect(quote, JSON.stringify(doc.quotes!.quotes)).toBeDefined();
    const mention = quote!.speaker.mention ? doc.source.slice(quote!.speaker.mention.start, quote!.speaker.mention.end) : null;
    if (notSpeaker) expect(mention).not.toBe(notSpeaker);
    else expect(quote!.speaker.name).toContain('Okafor');
  });
});
