import type { Token } from '../../../document';
import { isCommonWord } from '../../../nlp/common-words';
import { isFamilyName, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { occupationSuffixes } from './words';
import { TITLE_HEADS } from '../../../nlp/title-words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * "Janette Elbertson Administrative Coordinator", "Mary Hain Senior Regulatory Counsel", "Magali Van Belle
 * Consultant PHB Hagler Bailly": a signature block, pasted from a web page or an e-mail with its line breaks lost,
 * writes the person's title right after the name, capitalized, and the tagger runs the person over it. A person of
 * two words or more, written as a name is (title case or initials), that goes on with a title of two words or more
 * (capitalized words that are no given or family name, then a title's head or a common word that is an agent noun)
 * ends before the title, and what follows the title is dropped with it (it is the employer or the next line, not the
 * person). The title's words must be no given or family name ("George Washington Carver" keeps its last word).
 *
 * Counted on the train portions of GUM, wikigold and UNER-EWT (scripts/web-name-errors.ts): 6 person spans run on
 * into a title, all 6 wrong; cut, 4 of them are the right person (UNER-EWT), no right name is lost, and GUM and
 * wikigold train do not change. A one-word title ("Magali Van Belle Consultant") is left, as one word after a name
 * may be the name's own.
 */
export const titlesAfterPersonNames: EntityPass = { name: 'titles-after-person-names', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 3) return s;
    const cut = titleStart(tokens, s);
    // (the words before the title are written as a person's name is, title case or initials: "Ipsos MORI Political
    // Monitor", a poll the tagger read as a person, is no name and title)
    if (cut < 0 || !tokens.slice(s.tokenStart, cut).every((t) => isAsciiTitleCaseWord(t.text) || /^[A-Z]\.?$/.test(t.text))) return s;
    return taggedSpan(s.tokenStart, cut, 'PER');
  });
}

/** The first token (two or more words into the person) where a title begins and runs to its head inside the span; -1 if none. */
function titleStart(tokens: readonly Token[], s: TaggedSpan): number {
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    // (a title of two words at least: one word alone may be the name's own, "Martin Luther King", "Elizabeth Bishop")
    for (let h = k; h < s.tokenEnd && titleWord(tokens[h]!); h++) {
      if (h > k && titleHead(tokens[h]!)) return k;
    }
  }
  return -1;
}

/**
 * A capitalized word that may stand in a title before its head: no given or family name ("Regulatory" of "Senior
 * Regulatory Counsel" is in no word list; the head after it is what says it is a title).
 */
function titleWord(t: Token): boolean {
  return isAsciiTitleCaseWord(t.text) && !isGivenName(t.lower) && !isFamilyName(t.lower);
}

/** "Counsel", "Director", "Coordinator": a title's head, or a common word that is an agent noun. */
function titleHead(t: Token): boolean {
  return TITLE_HEADS.has(t.lower) || (isCommonWord(t.lower) && occupationSuffixes.some((suffix) => t.lower.length > suffix.length + 2 && t.lower.endsWith(suffix)));
}
