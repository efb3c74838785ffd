import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Sentence, Token } from '../src/document';
import { repairPos } from '../src/nlp/pos-repairs';
import { titleCaseReadings } from '../src/nlp/title-case';

/** the token reading `word` (the first, or the `nth`) after the tokens stage */
function tokenOf(text: string, word: string, nth = 0) {
  const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
  const found = tokens.filter((t) => t.text === word)[nth];
  if (!found) throw new Error(`no token "${word}" in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return found;
}

// each row: the text, the word, wink's tag, the POS after the repairs
describe('POS repairs in the token layer', () => {
  it.each([
    ['name tagged as a verb, inside a sentence', 'In the fourth quarter, Ford brand sales rose.', 'Ford', 'VERB', 'PROPN'],
    ['name tagged as a verb, before a finite verb', 'Lynch said so.', 'Lynch', 'VERB', 'PROPN'],
    ['a verb opening a quotation stays', 'He boomed: “Let’s defeat her in November.”', 'Let', 'VERB', 'VERB'],
    ['verb tagged as a noun', 'The Tax Policy Center estimates that taxes would rise.', 'estimates', 'NOUN', 'VERB'],
    ['verb tagged as an adjective', 'Japan branded North Korea a threat.', 'branded', 'ADJ', 'VERB'],
    ['a past-form adjective closing a headline stays', 'Markets unmoved\n\nThe central bank held rates on Tuesday.', 'unmoved', 'ADJ', 'ADJ'],
    ['noun tagged as a verb after an article', 'The crash led to the launch of an inquiry.', 'launch', 'VERB', 'NOUN'],
    ['a participle after an article stays', 'It came from a known primitive body.', 'known', 'VERB', 'VERB'],
    ['noun tagged as a verb after a possessive determiner', 'The fire is 5% contained, officials said in their update.', 'update', 'VERB', 'NOUN'],
    ['a participle after a possessive determiner stays', 'They were close to exceeding their paid break times.', 'paid', 'VERB', 'VERB'],
    ['a verb after "her", which may be an object, stays', 'They let her go home early.', 'go', 'VERB', 'VERB'],
    ['speech verb closing its sentence', 'Rates will rise again, The Wall Street Journal reports.', 'reports', 'NOUN', 'VERB'],
    ['speech participle before an infinitive', 'The mayor toured the plant, promising to reopen it by spring.', 'promising', 'ADJ', 'VERB'],
    ['an adjective before an infinitive stays', 'It is interesting to see the results.', 'interesting', 'ADJ', 'ADJ'],
    ['phrase head after a singular noun', 'He said at a campaign stop in Toledo that taxes would fall.', 'stop', 'VERB', 'NOUN'],
    ['phrase head after a name after a preposition and article', 'Lenz made his debut in a Nations League match against Norway.', 'match', 'VERB', 'NOUN'],
    ['phrase head after a two-word name after "at the"', 'He spoke at the Champions League draw on Monday.', 'draw', 'VERB', 'NOUN'],
    ["subject's verb tagged as an adjective, after a semicolon", 'The phone goes on sale on December 12; pre-orders open on Friday.', 'open', 'ADJ', 'VERB'],
    ["subject's verb tagged as an adjective, after a conjunction opening a clause", 'Shops close early and polls open at 7 a.m. on Thursday.', 'open', 'ADJ', 'VERB'],
    ["an adjective after a verb's object stays", 'The staff kept the store open on Friday.', 'open', 'ADJ', 'ADJ'],
    ["an adjective after a verb's coordinated objects stays", 'Residents left doors and windows open on Friday night.', 'open', 'ADJ', 'ADJ'],
    ['a predicate adjective stays', 'The door is open.', 'open', 'ADJ', 'ADJ'],
  ])('%s: %s (%s)', (_name, text, word, tag, pos) => {
    const token = tokenOf(text, word);
    expect(token.tag).toBe(tag);
    expect(token.pos).toBe(pos);
  });

  it.each([
    ['a plural subject keeps its bare verb', 'The workers stop at the gate every day.', 'stop'],
    ['a third-person verb after a singular noun stays', 'The ad’s narrator says, “Vote.”', 'says'],
    ['a bare verb after a perception verb\'s object name stays', 'Reporters heard the Prime Minister say in a speech that the war would end.', 'say'],
    ['a plural name without -s keeps its bare verb', 'The Taliban warn in a statement that troops must leave.', 'warn'],
    ['an inverted question keeps its bare verb', 'Did the Kremlin react to the news?', 'react'],
    ['a speech verb after a name after a preposition stays', 'Officials at the Kremlin say in a statement that talks failed.', 'say'],
  ])('%s: %s', (_name, text, word) => {
    expect(tokenOf(text, word).pos).toBe('VERB');
  });

  it('leaves a title-case headline alone', () => {
    const token = tokenOf('Kishida Says Japan Will Host Talks\n\nThe prime minister said talks would open.', 'Says');
    expect(token.pos).toBe(token.tag);
  });
});

/** a token as the tokens stage makes it, by hand: wink's tag, the repaired POS starting equal to it */
function handToken(text: string, tag: string, index: number, lemma = text.toLowerCase()): Token {
  const lower = text.toLowerCase();
  return { start: index, end: index + 1, text, lower, lemma, lemmas: [lemma], pos: tag, tag, negated: false, inQuote: false, sentence: 0, paragraph: 0, lineStart: false, shape: 'x' };
}

function handTokens(words: ReadonlyArray<readonly [string, string, string?]>): { tokens: Token[]; sentences: Sentence[] } {
  const tokens = words.map(([text, tag, lemma], i) => handToken(text, tag, i, lemma));
  return { tokens, sentences: [{ start: 0, end: tokens.length, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 } as Sentence] };
}

describe('the repair runner', () => {
  it('a token an earlier pass moves to a tag is read by a later pass of that tag', () => {
    // pass 3 reads "lead" after a modal as a verb; the title-modifier pass (a VERB pass) then reads it in a title
    const { tokens, sentences } = handTokens([['would', 'AUX'], ['"', 'PUNCT'], ['lead', 'NOUN'], ['researcher', 'NOUN'], ['Anna', 'PROPN']]);
    repairPos(tokens, sentences);
    expect(tokens[2]!.pos).toBe('ADJ');
  });

  it('is linear in the tokens a pass moves to a listed tag', () => {
    // "Clinton warns that he goes." repeated: every "warns" moves NOUN -> VERB, a tag four later passes read
    const unit = [['Clinton', 'PROPN'], ['warns', 'NOUN', 'warn'], ['that', 'SCONJ'], ['he', 'PRON'], ['goes', 'VERB', 'go'], ['.', 'PUNCT']] as const;
    const { tokens, sentences } = handTokens(Array.from({ length: 60_000 }, () => unit).flat());
    const started = performance.now();
    repairPos(tokens, sentences);
    // about 0.5 s on a busy machine; the per-change insert took 20 s on 80,000 units
    expect(performance.now() - started).toBeLessThan(4000);
    expect(tokens[1]!.pos).toBe('VERB');
  });
});

// the strict title-case reading (Sentence.titleCase) reads an ASCII first letter by its code and any other through \p{L} and lower-casing: both paths
describe('titleCaseReadings: the strict reading', () => {
  it.each([
    ['an ASCII title-case headline', 'Troops Leave Northern Border Towns', true],
    ['an ASCII sentence', 'Troops will leave the northern border towns soon', false],
    ['capitals beyond ASCII count as capitals', 'Élan Über Ørsted Ångström', true],
    ['lower-case letters beyond ASCII count as lower case', 'Troops élan über ørsted ångström', false],
    ['words opening with digits or marks are not counted', 'Troops Leave Border 1990s “quote” 12345', true],
    ['fewer than three long words is no title', 'Troops Leave', false],
  ])('%s', (_, text, expected) => {
    const tokens = text.split(' ').map((word) => ({ text: word }) as Token);
    const sentence = { start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 } as Sentence;
    expect(titleCaseReadings(tokens, sentence).titleCase).toBe(expected);
  });
});
