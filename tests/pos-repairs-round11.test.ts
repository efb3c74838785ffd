import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

/** the token reading `word` (the first) after the tokens stage */
function tokenOf(text: string, word: string) {
  const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
  const found = tokens.find((t) => t.text === word);
  if (!found) throw new Error(`no token "${word}" in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return found;
}

// made-up sentences: wink reads the speech verb as a noun, only a verb fits there
describe('a speech verb after a plural subject, tagged as a noun, is a verb', () => {
  it.each([
    ['a plural noun and "that"', 'Advocacy groups note that the bill failed.', 'note'],
    ['a capitalized plural and "that"', 'Polls show that Clinton leads.', 'show'],
    ['a capitalized plural and a determiner', 'Republicans fear a Trump nomination.', 'fear'],
    ['a count of people and a subject pronoun', 'About 6 in 10 say they want change.', 'say'],
    ['"who" after a plural and "to"', 'Analysts who claim to know the answer were wrong.', 'claim'],
    ['a plural noun and a name', 'Its members support Clinton by wide margins.', 'support'],
    ['a capitalized plural after "some"', 'Some Republicans doubt that the bill will pass.', 'doubt'],
    ['a share of people', 'About 40 percent fear a recession.', 'fear'],
    ['closing its sentence after a plural noun', 'The firm lost money last year, new filings show.', 'show'],
    ['closing its sentence after a dash and a plural noun', 'The firm lost money — campaign and corporate records show.', 'show'],
    ['before a gerund', 'Most voters support raising the minimum wage.', 'support'],
  ])('%s: %s', (_name, text, word) => {
    const token = tokenOf(text, word);
    expect(token.tag).toBe('NOUN');
    expect(token.pos).toBe('VERB');
  });
});

// the counter-cases: real nouns in the same places stay nouns
describe('real nouns next to a subject stay nouns', () => {
  it.each([
    ['an -s form after an article', 'He rejected the claims that he made.', 'claims'],
    ['an -s form after a possessive', 'His remarks that the vote was rigged drew fire.', 'remarks'],
    ['a compound after a singular noun', 'The news show that aired last night was canceled.', 'show'],
    ['a compound after a name that ends in s', 'The Williams plan to cut taxes failed.', 'plan'],
    ['a compound after a year', 'The 2016 plan to cut taxes failed.', 'plan'],
    ['a noun after an article', 'The warns that he gave went unheeded.', 'warns'],
    ['closing its sentence after a singular noun', 'They went to see the talent show.', 'show'],
    ['closing its sentence after a plural modifier', 'They left the fireworks show.', 'show'],
    ['closing its sentence after a share', 'Clinton gets 1 percent support.', 'support'],
    ['a plural modifier in a singular phrase', 'It took more than one positive jobs report to lift the mood.', 'report'],
    ['a place in -s before a name', 'The speakers: Clara Hart; Illinois state Rep. Carol Ammons.', 'state'],
    ['a number that is no share', 'He cited 64 call logs from May.', 'call'],
    ['a bare form after a possessive plural', 'The voters’ support for Clinton grew.', 'support'],
  ])('%s: %s', (_name, text, word) => {
    expect(tokenOf(text, word).pos).toBe('NOUN');
  });
});
