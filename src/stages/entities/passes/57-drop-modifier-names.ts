import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import modifierNames from '../../../data/entities/modifier-names.json';
import { demonymToCountry, isKnownOrganization, placeKind } from '../gazetteer';
import { writesAnyOf, type EntityPass, type EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { wordsOfFullPersonNames } from './shared';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * Words that only qualify a noun name no person, organization or place
 * (CoNLL counts them as MISC or leaves them out), and a lone one is junk:
 * - a country's adjective the gazetteer also knows as the country's short
 *   name, right before a noun or a title: "Saudi Foreign Minister Prince
 *   Faisal", "Saudi, Qatari ministers" ("Saudi" alone had become a place of
 *   three mentions); "Saudi Arabia" is one name and never reaches here;
 * - an eponym: a word that stands before "'s disease" (data/entities/
 *   modifier-names.json eponymHeads) anywhere in the article, at every
 *   mention ("Alzheimer's disease", "Roche's Alzheimer's treatment"), unless
 *   a full person name of the article holds it ("Lou Gehrig's disease");
 * - an award's short form: the first word of a capitalized award name the
 *   article writes ("the Grammy Awards" ... "Grammy nominations"), unless the
 *   word is itself a place, a known organization or an organization head
 *   ("the Academy Awards" leaves "the Academy").
 */
export const dropModifierNames: EntityPass = { name: 'drop-modifier-names', run };

const eponymHeads = new Set(modifierNames.eponymHeads);
const awardHeads = new Set(modifierNames.awardHeads);
const orgHeads = new Set(lexicon.orgHeads);
/** the head words an eponym or an award's word stands before: modifierWords finds none where the article has none */
const modifierHeads: ReadonlySet<string> = new Set([...eponymHeads, ...awardHeads]);
const noWords: ReadonlySet<string> = new Set();

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  // (most articles name no disease or award: the walk over every token is skipped, the demonyms are still read)
  const modifiers = writesAnyOf(ctx, modifierHeads) ? modifierWords(tokens, wordsOfFullPersonNames(tokens, spans)) : noWords;
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const w = tokens[s.tokenStart]!;
    if (modifiers.has(w.lower)) return false;
    return !(s.type === 'LOC' && countryNameUsedAsDemonym(tokens, s.tokenStart));
  });
}

/**
 * The article's eponyms and award short forms, lower-cased; never a word of a full person name ("Lou Gehrig's
 * disease ... Gehrig retired"), and an award's word only when it opens the award's name ("the Hank Aaron Award
 * ... Aaron, who hit 755 home runs" keeps Aaron).
 */
function modifierWords(tokens: readonly Token[], personWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (let t = 0; t + 2 < tokens.length; t++) {
    const w = tokens[t]!;
    if (!isAsciiTitleCaseWord(w.text) || personWords.has(w.lower)) continue;
    if (possessiveMarks.has(tokens[t + 1]!.text) && eponymHeads.has(tokens[t + 2]!.lower)) out.add(w.lower);
    const head = tokens[t + 1]!;
    const opens = t === 0 || tokens[t - 1]!.sentence !== w.sentence || !/^\p{Lu}/u.test(tokens[t - 1]!.text);
    if (opens && head.text !== head.lower && awardHeads.has(head.lower) && !placeKind(w.text) && !isKnownOrganization(w.text) && !orgHeads.has(w.lower)) out.add(w.lower);
  }
  return out;
}

/**
 * "Saudi Foreign Minister", "Saudi ministers", "Saudi, Qatari ministers": a country's short name used as its demonym, before
 * what it qualifies (a capitalized word, a lower-case noun or adjective, or another demonym after a comma). Not
 * name-evidence.ts's demonymBeforeNoun, which takes only a lower-case noun or adjective after (or a hyphen: "Saudi-led").
 */
function countryNameUsedAsDemonym(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  // (abbreviations such as "U.S." name the country even before a noun: "U.S. pharmacies")
  if (!isAsciiTitleCaseWord(w.text) || demonymToCountry(w.text) === null) return false;
  const next = tokens[t + 1];
  if (!next || next.sentence !== w.sentence) return false;
  if (next.text === ',') {
    const after = tokens[t + 2];
    return after !== undefined && after.sentence === w.sentence && demonymToCountry(after.text) !== null;
  }
  return /^[A-Z][a-z]/.test(next.text) || (next.text === next.lower && (next.pos === 'NOUN' || next.pos === 'ADJ'));
}
