import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { sentenceFlags } from '../src/stages/entities/features';

// Whether a sentence is written in title case is one fact of the linguistic layer (Sentence.titleCase, computed by the
// tokens stage with src/nlp/title-case.ts); the POS repairs, the entity features, the time and events stages read it.
const tokensOf = (text: string) => runUntil(createDoc(text), 'tokens').tokens!;

describe('the tokens stage marks each sentence written in title case', () => {
  it.each([
    ['a title-case headline', 'Troops Leave Northern Border Towns\n\nThe troops left on Monday.', [true, false]],
    ['a headline with a word opening with digits', 'Lee’s ‘13th’ Explores The Story Of The U.S. Steel Industry\n\nIt opens soon.', [true, false]],
    ['a sentence dense with names but some long words in lower case', 'Prime Minister Rishi Sunak named Chancellor Jeremy Hunt his “Colleague of the Year” during the Conservative Party Conference.', [false]],
    ['an ordinary story sentence', 'The troops will leave the northern border towns soon.', [false]],
  ])('%s', (_kind, text, expected) => {
    expect(tokensOf(text).sentences.map((s) => s.titleCase)).toEqual(expected);
  });
});

// the looser reading the time stage takes for a headline (four in five longer words after the first capitalized)
describe('the tokens stage gives each sentence the looser reading too', () => {
  it.each([
    ['a Chicago-style headline', 'Storm to Hit Coast with Heavy Rain This Weekend\n\nIt rained.', [false, true]],
    ['a hyphenated word read piece by piece', 'Budget Deal Reached after All-Night Talks\n\nIt ended.', [false, true]],
    ['a sentence dense with names', 'The Conservative Party named Jeremy Hunt its Colleague of the Year at the Manchester Conference.', [false, true]],
    ['a caption of three words (its first word skipped)', 'The senator spoke on Sunday.\n\nSource: ABC This Week', [false, false, true, false]],
    ['an ordinary story sentence', 'The troops will leave the northern border towns soon.', [false, false]],
  ])('%s', (_kind, text, expected) => {
    expect(tokensOf(text).sentences.flatMap((s) => [s.titleCase, s.mostlyTitleCase]).slice(0, expected.length)).toEqual(expected);
  });
});

describe('the entity features read the same fact', () => {
  it('a headline in title case with a word opening with digits is in title case ("13th" is not a lower-case word)', () => {
    const layer = tokensOf('Lee’s ‘13th’ Explores The Story Of The U.S. Steel Industry\n\nIt opens soon.');
    expect(sentenceFlags(layer.tokens, layer.sentences[0]!).titleCase).toBe(true);
  });

  it('a story sentence in title case is one only with a capitalized verb or adverb', () => {
    const layer = tokensOf('Headline Words Here\n\nJohn Smith, Mary Jones, Peter Brown And Susan White.');
    expect(layer.sentences[1]!.titleCase).toBe(true);
    expect(sentenceFlags(layer.tokens, layer.sentences[1]!).titleCase).toBe(false);
  });
});
