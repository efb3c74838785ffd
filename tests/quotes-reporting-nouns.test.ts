import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes: a reporting noun with its that-clause', () => {
  it.each([
    // an agent phrase after the noun names whose report it is when no possessor comes before it
    ['Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment.', 'indirect [rivals] the tenor of his campaign has created an unsafe environment'],
    ['The finance minister jabbed back on Monday at complaints from his American counterpart that China was flooding markets with steel.', 'indirect [his American counterpart] China was flooding markets with steel'],
    // a time setting between the noun and 'that'
    ["Donald Trump's assertion Monday that more airstrikes are needed drew fire from experts.", 'indirect [Donald Trump] more airstrikes are needed'],
    // plural reporting nouns (cues.json nominal.nouns)
    ['All of it ran counter to his earlier statements that the contact never occurred.', 'indirect [-] the contact never occurred'],
    ["The rates stayed low, belying the senator's warnings that they would skyrocket.", 'indirect [the senator] they would skyrocket'],
    // a plural possessive's apostrophe, split off by the tokenizer, and a hyphenated adjective between the possessor and the noun
    ['Rates stayed low, belying budget hawks’ warnings that they would skyrocket.', 'indirect [budget hawks] they would skyrocket'],
    ["It was an expansion of Trump's by-now-familiar claims that Clinton is unqualified.", 'indirect [Trump] Clinton is unqualified'],
    // the noun is the object of an owner verb (cues.json nominal.ownerVerbs): the verb's subject owns the clause
    ['The IMF issued a warning that growth would slow.', 'indirect [IMF] growth would slow'],
    ['In an earlier article, Byrne expressed concern that Clinton may become the next president.', 'indirect [Byrne] Clinton may become the next president'],
    ['Reid made the suggestion that Trump should receive only false information.', 'indirect [Reid] Trump should receive only false information'],
    // an adverb in the verb group asserts the act: the owner verb still owns the clause
    ['The senator has often made the claim that the election was stolen.', 'indirect [The senator] the election was stolen'],
    // a verb after 'and' with a determiner after it takes the noun: not a participle inside the noun phrase
    ['Trump paused and repeated the claim that the vote was rigged.', 'indirect [Trump] the vote was rigged'],
    // an owner verb inside the clause with its own object: the clause is a report, not a relative on the noun
    ['The IMF issued a warning that the crisis would make it harder to borrow.', 'indirect [IMF] the crisis would make it harder to borrow'],
    // a relative clause before the owner verb's subject leaves the main clause's owner verb alone
    ['Jones, who lost the appeal, made the claim that the vote was rigged.', 'indirect [Jones] the vote was rigged'],
    // the main clause's report next to a relative clause's owner verb stays
    ['Jones, whose aide issued a warning that the bridge was unsafe, said the repairs would start soon.', 'indirect [Jones] the repairs would start soon'],
    // a noun opening the sentence is the main clause's subject: its clause stops before the main verb, also after a verb group
    ["Smith's warning that the deal would collapse went unheeded.", 'indirect [Smith] the deal would collapse'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  it.each([
    // an agent after the noun that is a pronoun, or a relative 'that', opens no report
    'The claims by him that were printed last week were false.',
    // 'no doubt that' states a fact, not a report
    'Sharpton left no doubt that he would endorse a candidate this year.',
  ])('no report from the noun: %s', (text) => {
    expect(quotes(text).filter((l) => /\[(him|Sharpton)\] (were|he would endorse)/.test(l))).toEqual([]);
  });

  it.each([
    // the owner verb's object reading gives way to the noun's clause: no 'a warning that ...' as the IMF's words
    ['The IMF issued a warning that growth would slow.', /\[IMF\] a warning that/],
    // 'raise' names a cause, not who fears: the move owns no fears
    ['The move raised fears that jobs would be lost.', /\[The move\]/],
    // nor does 'renew': the attack is the cause of the fears, not a speaker
    ['The attack renewed fears that the truce would collapse.', /\[The attack\]/],
    // a verb rejecting the noun is no owner verb (guards cues.json nominal.ownerVerbs: with 'reject' in it the row
    // fails): Carson did not say the episode should be forgotten
    ['Carson rejected the notion that the episode should be water under the bridge.', /\[Carson\] the episode/],
    // an owner verb negated or asked names no act: its subject owns no clause
    ['The IMF did not issue a warning that growth would slow.', /\[IMF\] growth would slow/],
    ['The senator never made the claim that the election was stolen.', /\[The senator\] the election/],
    ['The senator made no claim that the election was stolen.', /\[The senator\] the election/],
    ['Did the minister make the promise that fees would be scrapped?', /\[the minister\] fees/],
    ['Economists do not share the view that inflation has peaked.', /\[Economists\] inflation/],
    // a participle inside the noun phrase ('often repeated claim') is no owner verb: Officials rejected Russia's claim
    ["Officials rejected Russia's long-standing and often repeated claim that the troops were volunteers.", /\[Officials\] the troops/],
    // a relative 'that' whose gap is the noun ('the claim that he made') reports nothing
    ['Trump repeated the claim that he made at the rally in Ohio.', /\[Trump\] he made/],
    // an owner verb inside a relative clause: the content would run into the main clause, and 'whose aide' names nobody
    ['Jones, who made the claim that the vote was rigged, lost the appeal.', /lost the appeal/],
    ['Jones, whose aide issued a warning that the bridge was unsafe, said the repairs would start soon.', /\[whose aide\]/],
  ])('no such reading: %s', (text, wrong) => {
    expect(quotes(text).filter((l) => wrong.test(l))).toEqual([]);
  });
});
