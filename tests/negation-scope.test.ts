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
    // 'that' and a noun phrase with its verb open a clause
    ["She didn't say that the plan was wrong.", 'say'],
    ["She didn't say that Macron will attend.", 'say'],
    ['Iran did not say that Hamas used the tunnels.', 'say'],
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
    // a past participle after the object modifies it and opens no clause: the scope reaches the noun and past it
    ['Biden did not attend the summit held in Paris.', 'attend the summit held in Paris'],
    ['Iran did not attend the talks hosted by Qatar.', 'attend the talks hosted by Qatar'],
    ["Biden didn't attend the talks hosted by Qatar.", 'attend the talks hosted by Qatar'],
    ['Israel did not attend the talks held in Doha on Sunday.', 'attend the talks held in Doha on Sunday'],
    ['Scholz did not attend the meeting called by Macron.', 'attend the meeting called by Macron'],
    ["Putin didn't attend the summit organized by the BRICS group.", 'attend the summit organized by the BRICS group'],
    ['Iran never attended the talks held in Vienna.', 'attended the talks held in Vienna'],
    ['Biden did not attend the summit last week held in Paris.', 'attend the summit last week held in Paris'],
    ['Turkey did not join the sanctions imposed by the European Union.', 'join the sanctions imposed by the European Union'],
    ['Hamas did not sign the agreement reached in Cairo.', 'sign the agreement reached in Cairo'],
    ['Macron did not attend the meeting scheduled for Friday.', 'attend the meeting scheduled for Friday'],
    ["Putin won't attend the summit scheduled for June in Brazil.", 'attend the summit scheduled for June in Brazil'],
    ["Israel won't attend the talks planned by Egypt.", 'attend the talks planned by Egypt'],
    ['Biden did not attend the summit Macron hosted in Paris.', 'attend the summit Macron hosted in Paris'],
    // 'that' before a noun phrase with no verb of its own is a determiner, whatever wink tags it
    ['Biden did not attend that summit.', 'attend that summit'],
    ['Modi did not attend that meeting in Delhi.', 'attend that meeting in Delhi'],
    ['Iran has not signed that treaty, officials said.', 'signed that treaty'],
    ['Biden did not attend that summit held in Paris.', 'attend that summit held in Paris'],
  ])('keeps %s -> %s', (text, negated) => {
    expect(negatedWords(text)).toBe(negated);
  });
});
