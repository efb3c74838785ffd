import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

/** the lemma of the first "'s" in the text */
function lemmaOfS(text: string): string {
  const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
  const s = tokens.find((t) => t.lower === "'s" || t.lower === '’s');
  expect(s, `no 's in ${JSON.stringify(tokens.map((t) => t.text))}`).toBeDefined();
  return s!.lemma;
}

describe("the token layer reads an 's before a past participle after a pronoun subject as 'has'", () => {
  it.each([
    ["Senator Ann Mercer, who's called for an inquiry, left.", 'have'],
    ["She's also said that the budget will balance.", 'have'],
    ['The mayor, who’s promised a vote, spoke.', 'have'],
  ])('%s', (text, lemma) => {
    expect(lemmaOfS(text)).toBe(lemma);
  });

  it.each([
    ["It's said that the mayor lied.", 'the impersonal passive after "it"'],
    ["Tom Reyes, who's said to be close to the governor, left.", 'a participle followed by a word only a passive takes'],
    ["He's happy with the deal.", 'no participle'],
  ])('%s stays "be": %s', (text) => {
    expect(lemmaOfS(text)).toBe('be');
  });
});
