import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { extractBriefing } from '../src/index';
import { runUntil } from '../src/pipeline';

// kinds of error found on made-up pages nobody tuned for (hunt 20: election night, a hospital winter crisis, a software
// earnings call, a foreign ministers' summit, film awards, a frontline live blog, a university strike, an airline IT
// failure), written here in other words

const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-12-01' });
const quotes = (text: string): string[] => brief(text).quotes.map((q) => `${q.speaker.name ?? '-'}: ${q.text}`);
const names = (text: string): string[] => brief(text).entities.map((e) => `${e.type} ${e.name}`);

/** The part of speech the token layer gives the first token reading `word` in `text`. */
function posOf(text: string, word: string): string | undefined {
  return runUntil(createDoc(text, '2026-12-01'), 'tokens').tokens!.tokens.find((t) => t.text === word)?.pos;
}

describe('an -ing word inside a title after an adjective keeps the title whole before the name', () => {
  it.each([
    ['chief operating officer', '"We are sorry for the delays," chief operating officer Dana Hollis said.', 'Dana Hollis: We are sorry for the delays,'],
    ['former managing director', '"The plant will close," former managing director Tom Hill said.', 'Tom Hill: The plant will close,'],
  ])('%s', (_kind, text, line) => {
    expect(quotes(text)).toEqual([line]);
  });

  // the right output nearby: a title the tagger reads as nouns was read before and still is
  it.each([
    ['chief executive', '"We are sorry for the delays," chief executive Dana Hollis said.', 'Dana Hollis: We are sorry for the delays,'],
    ['managing director after a name', '"Yes," Acme managing director Tom Hill said.', 'Tom Hill: Yes,'],
  ])('still right: %s', (_kind, text, line) => {
    expect(quotes(text)).toEqual([line]);
  });
});

describe('"think tank" is a noun, no cue "think"', () => {
  it('gives the quoted words to the person the think tank is named after', () => {
    const text = 'Dr Ruth Mayer, director of the Centre for Fiscal Studies think tank, said the cuts risked "lasting damage."';
    const said = quotes(text);
    expect(said.every((line) => line.startsWith('Ruth Mayer: '))).toBe(true);
    expect(said.some((line) => line.includes('lasting damage'))).toBe(true);
  });

  it.each([
    ['think tank', 'The Centre think tank said so.', 'think', 'NOUN'],
    ['think tanks', 'Two think tanks said so.', 'think', 'NOUN'],
    // a verb stays a verb after a pronoun or 'to'
    ['they think tanks', 'They think tanks are obsolete.', 'think', 'VERB'],
    ['to think', 'It is hard to think tanks will win.', 'think', 'VERB'],
    // and after a plural noun, its subject (review 20, finding 4), the sentence's first word too
    ['plural noun subject', 'Analysts think tanks will decide the battle for the city.', 'think', 'VERB'],
    ['plural subject opening the sentence', 'Experts think tanks and drones will decide the war.', 'think', 'VERB'],
    // the right output nearby: a possessive, an adjective or a singular noun before it modifies the compound
    ['possessive', 'Its think tank said the cuts were deep.', 'think', 'NOUN'],
    ['adjective', 'A leading think tank said the cuts were deep.', 'think', 'NOUN'],
    ['singular noun', 'Researchers at a policy think tank said the cuts were deep.', 'think', 'NOUN'],
  ])('%s', (_kind, text, word, pos) => {
    expect(posOf(text, word)).toBe(pos);
  });

  it('keeps the belief a plural subject thinks', () => {
    expect(quotes('Analysts think tanks will decide the battle for the city.')).toEqual(['Analysts: tanks will decide the battle for the city']);
  });
});

describe('a hyphenated participle ("Kyiv-based") inside the phrase after "of" leaves the person the speaker', () => {
  it.each([
    ['X-based group', 'Analyst Petro Marchenko of the Kyiv-based Defence Research group said the attack was limited.', 'Petro Marchenko: the attack was limited'],
    ['X-led coalition', 'Spokesman Ali Nouri of the Saudi-led coalition said the port was hit.', 'Ali Nouri: the port was hit'],
    // irregular participles and one written as its lemma (review 20, finding 6)
    ['X-held town', 'Fighters of the Kurdish-held town said the strikes continued.', 'Fighters: the strikes continued'],
    ['X-run enclave', 'Residents of the Hamas-run enclave said the strikes continued overnight.', 'Residents: the strikes continued overnight'],
  ])('%s', (_kind, text, line) => {
    expect(quotes(text)).toEqual([line]);
  });

  // the right output nearby: the hyphenated phrase that opens the sentence speaks itself, now whole
  it('the group speaks when nothing comes before it', () => {
    expect(quotes('The Kyiv-based research group said the attack was limited.')).toEqual(['The Kyiv-based research group: the attack was limited']);
    expect(quotes('The state-run news agency said the strikes continued.')).toEqual(['The state-run news agency: the strikes continued']);
  });
});

describe('a participle naming an indefinite noun ("a group called X") reports nothing', () => {
  it.each([
    ['called', 'The two capitals spar over whether a leader of a Lahore-based group called Jamaat-ud-Dawa belongs on the list.'],
    ['named', 'A worker named Antonio Ruiz has filed a complaint.'],
    ['called, a past verb with its object after the name', 'A union called Unite said 300 workers would strike.'],
    ['called, the object phrase ending the clause', 'She joined a group called Extinction Rebellion.'],
  ])('%s', (_kind, text) => {
    expect(brief(text).quotes.map((q) => q.cue?.text)).toEqual([]);
  });

  // the right output nearby (review 20, finding 3): a participle, noun or adjective after the name makes 'called' a
  // labelling verb, which reports words
  it.each([
    ['a participle', 'A senator called Trump unhinged in a floor speech.', 'A senator: Trump unhinged in a floor speech'],
    ['a noun', 'An economist called Brexit madness in an interview on Sunday.', 'An economist: Brexit madness'],
    ['a participle before "and"', 'An investor called Tesla overvalued and sold his stake.', 'An investor: Tesla overvalued'],
    ['a second object', 'A spokesman called Obama a liar.', 'A spokesman: Obama a liar'],
  ])('still a labelling: %s', (_kind, text, line) => {
    expect(quotes(text)).toEqual([line]);
  });
});

describe('a question line after a related-links list is the story\'s, not a list item', () => {
  // the right output kept (review 20, finding 5): a list item ends with no final stop, so a question ends the list
  const lead =
    'Ministers agree to resume grain corridor talks\nVIENNA (Reuters) - Foreign ministers agreed on Friday to resume talks on a grain corridor, officials said.\n';
  it.each([
    ['a sub-head', 'Related:\nShipping insurance rates hit a record\nSo what happens next?\nTurkish officials said the talks would resume in Ankara in April, and Russia said it would attend.', 'Shipping insurance rates hit a record', 'So what happens next?'],
    ['a quoted question', 'Read more:\nGrain prices climb for a third week\n"Who will pay for this?"\nThat was the question farmers in Odesa asked on Friday, a union leader said.', 'Grain prices climb for a third week', '"Who will pay for this?"'],
  ])('%s', (_kind, tail, item, question) => {
    const page = lead + tail;
    const removed = brief(page).body.removed.map((r) => page.slice(r.start, r.end)).join('\n');
    expect(removed).toContain(item);
    expect(removed).not.toContain(question);
  });
});

describe('a name opening the headline and the story, a plural noun after it, is the headline\'s name', () => {
  // the right output kept (review 20, finding 2): the headline's copy of a common-word name held up by a noun after it
  it.each([
    ['company + shares', 'Apple shares slide on China sales\n\nApple shares fell 4% on Tuesday after sales in China dropped. Analysts said demand was weak.', 'organization Apple'],
    ['person + allies', 'Trump allies push for pardon\n\nTrump allies pressed on Monday for a pardon. The White House declined to comment.', 'person Trump'],
  ])('%s', (_kind, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a speaking "he" after a sentence opening with a time phrase or a document is the person named before', () => {
  // the right output kept (review 20, finding 1): 'A day later', 'A club statement' bring in no speaker
  it.each([
    ['a time phrase', 'Mayor stays\n\nMayor Tom Lee lost a confidence vote on Monday. A day later, officials said he would stay on until May. "I am not going anywhere," he said.', 'I am not going', 'Tom Lee'],
    ['a document', 'Coach sacked\n\nCoach Tom Reed was sacked on Sunday. A club statement said he had left by mutual consent. "I wish the players well," he said.', 'I wish the players', 'Tom Reed'],
  ])('%s', (_kind, text, words, speaker) => {
    const said = brief(text).quotes.find((q) => q.text.startsWith(words));
    expect(said?.speaker.name).toBe(speaker);
  });
});
