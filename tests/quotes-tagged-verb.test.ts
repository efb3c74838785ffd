import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src';

const quotesOf = (text: string) =>
  extractBriefing(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker.name, cue: q.cue?.text ?? null }));

describe('a verb the cue lexicon does not know, right after quoted words that close on a comma, "?" or "!"', () => {
  it('"...," he mocks. "...": one quote across its attribution, the pronoun resolved to the speaker', () => {
    const text =
      'Columnist Dana Whitfield was not impressed by the senator. "The marketplace has not failed the farmers," she mocks. "The farmers have failed the marketplace."';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker: 'Dana Whitfield', cue: 'mocks' });
    expect(quotes[0]!.text).toContain('The farmers have failed the marketplace.');
  });

  it('"..., right?" NAME went on, ...: the name and the verb with its particle', () => {
    const text = 'Governor Alan Pruitt took questions in Dover on Tuesday. "You know, it happens, right?" Pruitt went on, as if he had not heard the question.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Alan Pruitt', cue: 'went on' })]);
  });

  it('a full stop inside the marks ends the sentence: the verb after it is narration, not a cue', () => {
    const text = 'Mayor Ruth Olsen spoke to reporters on Monday. "We are done here." She smiled.';
    expect(quotesOf(text).map((q) => q.cue)).not.toContain('smiled');
  });

  it('a verb with an object of its own is no tag ("...," he kicked the door)', () => {
    const text = 'The coach Tom Reyes was furious after the loss. "Get out," he kicked the door.';
    expect(quotesOf(text).map((q) => q.cue)).not.toContain('kicked');
  });
});

describe('the tagged-verb reading needs a quotation that leads its sentence (tagged-verb.ts quotationLeads)', () => {
  it('"waved signs reading "No War," they marched.": words in marks inside a clause are no quotation of "marched"', () => {
    expect(extractBriefing('The protesters waved signs reading "No War," they marched.').quotes).toEqual([]);
  });

  it('still reads a quotation that opens its sentence after another sentence ("... spoke. "...," he mocks.")', () => {
    const quotes = extractBriefing('The senator spoke. "The marketplace has not failed the workers," he mocks.').quotes;
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'The marketplace has not failed the workers,']]);
  });
});

describe('the tag after quoted words closed by a comma: a noun phrase, the inverted order and a setting (tagged-verb.ts)', () => {
  it.each([
    ['a noun phrase before the verb', 'The hearing ran late. "Everything I have said," the judge exclaimed, "has totally overlapped."', 'the judge', 'exclaimed'],
    ['the verb first, a name after it', 'The party went on. "I have never seen a girl before," scoffed Arianna Gil, 22, who helped found the group.', 'Arianna Gil', 'scoffed'],
    ['the verb first, a role and a name after it', 'Thor said he might run. "Imagine that on the same stage," mused Blaze co-host Stu Burguiere.', 'Stu Burguiere', 'mused'],
    ['a setting after the verb', 'The bill failed. "That was a bill with bipartisan support," Toomey fumed on Tuesday.', 'Toomey', 'fumed'],
    ['"and" right after the verb closes the tag', 'The anchor stood up. "Go back to Univision," Trump barked and a guard led him out.', 'Trump', 'barked'],
  ])('%s', (_, text, speaker, cue) => {
    expect(quotesOf(text)).toContainEqual(expect.objectContaining({ kind: 'direct', speaker, cue }));
  });

  it.each([
    ['a verb with an object after a noun phrase', 'The coach was furious. "Get out," the coach kicked the door.', 'kicked'],
    ['an inverted verb whose noun phrase goes on', 'Class was over. "Go home," rang the bell twice in the hall.', 'rang'],
    ['a setting that holds a verb', 'The vote failed. "That was the plan," Toomey fumed while the others left.', 'fumed'],
  ])('no tag: %s', (_, text, cue) => {
    expect(quotesOf(text).map((q) => q.cue)).not.toContain(cue);
  });
});
