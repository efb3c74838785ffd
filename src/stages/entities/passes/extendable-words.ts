/**
 * Which words a name may grow over in pass 01 (01-extend-to-capitalized-sequences.ts): capitalized name-like words,
 * except titles, demonyms (unless in an organization's name), weekdays and months.
 */
import type { Token } from '../../../document';
import ruleWords from '../../../data/entities/rule-words.json';
import { demonymToCountry } from '../gazetteer';
import { titleFollows, titleModifiersBeforeTitle } from './name-evidence';
import { isCapitalized, wordClass } from '../features';
import { calendarWord } from '../spans';
import { contactLabels, isOrganizationHead, legislatorAbbreviations, months, ofHeads } from './words';
import type { Extendable } from './sequence-growth';
import type { TagType } from '../tagger';

const numberedServices = new Set(ruleWords.numberedServices);
/** particles written onto a name with a hyphen ("al-Thani"), which join it whatever their case */
export const hyphenParticles = new Set(ruleWords.hyphenParticles);
const extendPos = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);

/**
 * The test of whether token `t` may join a name of `type` growing in `sentence`: capitalized name-like words, except
 * titles, demonyms (unless in an organization's name), weekdays and months; a sentence opener only when it is a
 * proper noun.
 */
export function extendableIn(tokens: readonly Token[], initialFlags: readonly boolean[]): Extendable {
  const initial = (t: number): boolean => initialFlags[t] ?? false;
  const extendable = (t: number, sentence: number, type?: TagType): boolean => {
    const tok = tokens[t];
    if (!tok || tok.sentence !== sentence) return false;
    if (hyphenParticles.has(/^([a-z]+)-[A-Z]/.exec(tok.text)?.[1] ?? '')) return true;
    // a capitalized "verb" inside a sentence is a name word the tagger of parts of speech misread ("Merrill Lynch")
    if (!isCapitalized(tok.text) || (!extendPos.has(tok.pos) && !(tok.pos === 'VERB' && !initial(t)))) return false;
    // ("the US Justice Department's case": a title word right before an organization's head names its field, the body's)
    if (wordClass(tok.lower) === 'title' && !(type === 'ORG' && headFollows(tokens, t))) return false;
    // "the National Museum of African American History": a demonym in a name's "of" phrase before a word that joins is the name's
    if (demonymToCountry(tok.text) && type !== 'ORG' && !(inOfPhrase(tokens, t) && extendable(t + 1, sentence, type))) return false;
    // "a Liberal-Labour MPP", "Enron Broadband Services, Inc. Phone": a legislator's seat after a party and a contact
    // line's label after a company are no words of their names
    if (legislatorAbbreviations.has(tok.lower) || contactLabels.has(tok.lower)) return false;
    // "Senate Majority Leader Chuck Schumer": a word of a title before its title noun is the title's, not the name's
    if (titleModifiersBeforeTitle.has(tok.lower) && titleFollows(tokens, t + 1)) return false;
    if (calendarWord.test(tok.text)) return false;
    // "Madrid May 3": a month before a day number is a date, whichever month it is;
    // "Adam Air Flight 574": the flight is no part of the airline's name
    if ((months.has(tok.lower) || numberedServices.has(tok.lower)) && /^\d/.test(tokens[t + 1]?.text ?? '')) return false;
    if (initial(t) && tok.pos !== 'PROPN') return false;
    return true;
  };
  return extendable;
}

/** Is token t + 1 a capitalized organization head of t's sentence ("Justice" + "Department")? */
function headFollows(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  return next !== undefined && next.sentence === tokens[t]!.sentence && isCapitalized(next.text) && isOrganizationHead(next.lower, tokens[t + 2]?.lower);
}

/** Does token t follow "of" or "for" after a capitalized word, with up to two capitalized words between ("Museum of African American")? */
function inOfPhrase(tokens: readonly Token[], t: number): boolean {
  for (let w = t - 1; w >= 1 && w >= t - 3; w--) {
    const word = tokens[w]!;
    if (word.sentence !== tokens[t]!.sentence) return false;
    if (ofHeads.has(word.lower)) return isCapitalized(tokens[w - 1]!.text) && tokens[w - 1]!.sentence === word.sentence;
    if (!isCapitalized(word.text)) return false;
  }
  return false;
}
