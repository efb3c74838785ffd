/**
 * Acronyms as the entity passes read them: what shape one has, which are no
 * names, one standing in brackets after a name ("Chinese Communist Party
 * (CCP)"), and the initials a name spells. Shared by passes 10 (add-acronyms),
 * 21 (add-repeated-acronyms), 31 (join-possessive-names) and 32 (defined-acronyms).
 */
import type { Token } from '../../document';
import commonAcronyms from '../../data/entities/common-acronyms.json';
import { legislatorAcronyms } from './legislator-abbreviations';
import { tokenAtIndex } from '../../nlp/token-at-index';
import { isCapitalized } from './capitalized';

/** "CEO", "GDP", "PM", "R&D", "PAC": abbreviations that are no names (data/entities/common-acronyms.json acronyms and kindAcronyms). */
export const notNameAcronyms: ReadonlySet<string> = new Set([...commonAcronyms.acronyms, ...commonAcronyms.kindAcronyms, ...legislatorAcronyms]);

/** "CCP", "M23", "G7": a capital, then one to five capitals or digits. */
export const capitalsAcronymShape = /^[A-Z][A-Z0-9]{1,5}$/;

/** How many ASCII capitals the word has ("NATO" 4, "UNESCO" 6, "McD" 2): an acronym has two or more. */
export function capitalCount(text: string): number {
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
  }
  return upper;
}

/** "(CCP)": the one token between a "(" at token `open` and the ")" right after it; undefined when there is no such pair. */
export function bracketedTokenAt(tokens: readonly Token[], open: number): Token | undefined {
  if (tokenAtIndex(tokens, open)?.text !== '(' || tokenAtIndex(tokens, open + 2)?.text !== ')') return undefined;
  return tokens[open + 1];
}

/** The first letters of the capitalized words: "Asia-Pacific Economic Cooperation" -> "APEC". */
export function capitalInitials(words: readonly Token[]): string {
  let out = '';
  for (const w of words) if (isCapitalized(w.text)) out += w.text[0];
  return out;
}
