import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { lonePersonsAsOrganizations, mayStandForOrganization, wordsAfterPersonTitles } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "Lund Energy, the state oil firm, said output rose. Lund said exports would
 * rise": an organization of two or three capitalized words goes by its first
 * word later on, which the tagger, seeing "Lund said", reads as a person.
 * Pass 11 settles this for names ending in a company suffix ("Brannock Inc");
 * here any organization the rules have settled counts, at the end of the
 * chain. A lone "person" named by that first word becomes the organization
 * unless the article gives a person that word in a full name ("Ana Lund") or
 * after a title ("Senator Warnock"), the organization ends in a head or a
 * suffix (named after a person: "the Bezos Earth Fund"), the word may not
 * stand for it alone (shared.ts mayStandForOrganization, as in pass 11: no
 * short name in "National Grid ... National"), or the mention modifies a
 * noun after it ("Democratic leaders").
 */
export const shortNamesOfOrganizations: EntityPass = { name: 'short-names-of-organizations', run };

const nameWord = /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}{2,}$/u;

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens, writtenLower } = ctx;
  const shortNames = new Set<string>();
  for (const s of spans) {
    const n = s.tokenEnd - s.tokenStart;
    if (s.type !== 'ORG' || n < 2 || n > 3) continue;
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    // ("the Warnock Campaign Committee", "the Bezos Earth Fund": an organization with a head or suffix is named after a person)
    if (isOrganizationHeadOrSuffix(words[n - 1]!.lower, undefined)) continue;
    if (words.every((w) => nameWord.test(w.text)) && mayStandForOrganization(words[0]!, writtenLower)) shortNames.add(words[0]!.lower);
  }
  if (shortNames.size === 0) return spans;
  // "Senator Warnock": a word the article writes after a title word is a person's
  for (const word of wordsAfterPersonTitles(ctx)) shortNames.delete(word);
  if (shortNames.size === 0) return spans;
  return lonePersonsAsOrganizations(tokens, spans, shortNames, (s) => beforeNoun(tokens, s.tokenEnd));
}

/**
 * "the Democratic convention", "Democratic-trending": a word right before a lower-case noun or adjective
 * modifies it, an adjective ("Democratic" of "Democratic National Committee"), not the short name.
 */
function beforeNoun(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t];
  if (next === undefined || next.sentence !== tokens[t - 1]!.sentence) return false;
  if (next.start === tokens[t - 1]!.end && /^[-‐‑]/.test(next.text)) return true;
  // only a noun or adjective is modified: "funded by Corvane and the NIHR" is the short name before a conjunction
  return /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}
