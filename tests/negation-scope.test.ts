import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const tokensOf = (text: string) => runUntil(createDoc(text), 'tokens').tokens!.tokens;
/** the words the token layer reads as negated, in order */
const negatedWords = (text: string) => tokensOf(text).filter((t) => t.negated).map((t) => t.text).join(' ');

describe('negation scope on the token layer (src/nlp/negation-scope.ts)', () => {
  it.each([
    // a relative clause's negation stops before the main clause's verb
    ['The man who did not come said the plan was fine.', 'come'],
    // a clause opener ends it; the negated verb is kept
    ["She didn't say that he was wrong.", 'say'],
    ['Officials did not say when the talks would resume.', 'say'],
    // 'but' says the other thing; 'and' before a new subject opens a new clause
    ["He won't go but they left.", 'go'],
    ["Ali didn't feel well and was unable to attend.", 'feel well'],
    // a new clause's subject and verb after the negated verb
    ['They did not say the plan was fine.', 'say'],
    // a quotation ends it, and wink's flag after the closing mark is dropped
    ['They did not meet, and "we never agreed to any of it" he said.', 'meet agreed to any of it'],
  ])('%s -> %s', (text, negated) => {
    expect(negatedWords(text)).toBe(negated);
  });

  it.each([
    // what stays in scope: coordinated bare verbs, passives, the verb's complement, a scare quote, a noun phrase's clause
    ['He did not eat or drink.', 'eat or drink'],
    ['He was not arrested or charged.', 'arrested or charged'],
    ['He would not support mass deportation or driving out the workers.', 'support mass deportation or driving out the workers'],
    ['He did not get paid.', 'get paid'],
    ['He did not elaborate on the statement, officials said.', 'elaborate on the statement'],
    ["He won't take the \"low road\" in the race, he said.", 'take the low road in the race'],
    ['I have never had that happen.', 'had that happen'],
    ['No fast-tracked trade agreement has ever been defeated.', 'fast tracked trade agreement has ever been defeated'],
  ])('keeps %s -> %s', (text, negated) => {
    expect(negatedWords(text)).toBe(negated);
  });
});
