import type { Token } from '../../../document';
import { canonicalCountry, isKnownOrganization, placeKind } from '../gazetteer';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { personWord, portfolioWord } from './name-evidence';
import { spanText, taggedSpan } from './shared';
import { possessiveMarks } from '../possessive-names';
import { isOrganizationHeadOrSuffix, ofHeads, orgHeads, organizationWordOrPlural } from './words';
import { bracketedTokenAt, capitalInitials } from '../acronyms';
import { isCommonWord } from '../../../nlp/common-words';

/**
 * "Australia and New Zealand", "Isabel Ruiz of Heaven Sent Gaming": a span
 * that joins two known places with "and" is two places, and a person's name
 * (one that starts or ends with a known name word) stops before "of".
 * "the British Library and Columbia University": a span that joins two
 * organizations, each with its own organization word (or known by name),
 * with "and" is two organizations ("Procter & Gamble", with "&", stays whole;
 * so does a department of two portfolios: "Department of Health and Human
 * Services", and a name whose part before "and" ends in a common noun its
 * organization word modifies: "United Nations Food and Agriculture
 * Organization"). An organization joined by "and" to a known place in the possessive
 * ("the German Foreign Office and Nigeria's National Commission") ends before "and".
 * A span the text abbreviates right after by the initials of all its words is
 * one name: "the University and College Union (UCU)".
 */
export const splitJoinedNames: EntityPass = { name: 'split-joined-names', run };

function run({ tokens, sportsReport }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (spelledByBracketedAcronym(tokens, s)) {
      out.push(s);
      continue;
    }
    let split = false;
    for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
      const w = tokens[t]!.lower;
      if ((w === 'and' || w === '&') && s.type === 'LOC') {
        const left = spanText(tokens, taggedSpan(s.tokenStart, t, s.type));
        const right = spanText(tokens, taggedSpan(t + 1, s.tokenEnd, s.type));
        if (placeKind(left) && placeKind(right)) {
          out.push(taggedSpan(s.tokenStart, t, s.type), taggedSpan(t + 1, s.tokenEnd, s.type));
          split = true;
          break;
        }
      }
      if (w === 'and' && s.type === 'ORG' && endsLikeAName(tokens, s.tokenStart, t) && organizationLike(tokens, t + 1, s.tokenEnd) && !portfolioPair(tokens, s.tokenStart, t, s.tokenEnd)) {
        out.push(taggedSpan(s.tokenStart, t, s.type), taggedSpan(t + 1, s.tokenEnd, s.type));
        split = true;
        break;
      }
      // "the German Foreign Office and Nigeria's National Commission": a place in the possessive after "and" owns
      // the next name; the span ran on over the coordination. A country there also ends a body whose last word
      // before "and" is an organization word or a plural ("... Services and Ghana's")
      if (w === 'and' && s.type === 'ORG' && possessivePlace(tokens, t + 1, s.tokenEnd) && (organizationLike(tokens, s.tokenStart, t) || countryAfterBody(tokens, t, s.tokenEnd))) {
        out.push(taggedSpan(s.tokenStart, t, s.type), taggedSpan(t + 1, s.tokenEnd, 'LOC'));
        split = true;
        break;
      }
      if (w === 'of' && s.type === 'PER' && t - s.tokenStart >= 2 && (personWord(tokens[s.tokenStart]!) || personWord(tokens[t - 1]!))) {
        out.push(taggedSpan(s.tokenStart, t, s.type));
        // "Elizabeth Quat of DAB", "Erik Zabel of Telekom", "Jonathan Reese of Kingsley Napley": what follows is the
        // person's organization (a place there is where the person comes from: "Tom Smith of Leeds")
        const tail = tailAfterOf(tokens, t + 1, s.tokenEnd, sportsReport);
        if (tail) out.push(taggedSpan(t + 1, s.tokenEnd, tail));
        split = true;
        break;
      }
    }
    if (!split) out.push(s);
  }
  return out;
}

/**
 * The words [a, e) after a person's "of" that the tagger took into the person's name: an acronym, or words that carry
 * an organization's mark (an organization head or suffix, "&", an acronym among them, a name the gazetteer knows:
 * "Sarah Lee of Acme Corp", "Ann Cole of Procter & Gamble"), are the person's organization; a place the gazetteer
 * knows is where the person comes from. Anything else is no name of its own: "NAME of TOWN" is the ordinary local-news
 * form and the gazetteer misses many towns ("Jane Doe of Santa Monica", "of Glen Ellyn", "of Bryn Mawr"), so an
 * unknown tail read as an organization would add a wrong one and a wrong affiliation. In a sports report one word
 * that ends the name is a rider's or a player's team ("Mario Cipollini of Saeco"), but not the first word of a
 * longer name the tagger cut ("Jim Furyk of Ponte" before "Vedra Beach").
 */
function tailAfterOf(tokens: readonly Token[], a: number, e: number, sportsReport: boolean): 'ORG' | 'LOC' | null {
  if (e === a + 1 && /^[A-Z]{2,6}$/.test(tokens[a]!.text)) return 'ORG';
  if (e - a > 3) return null;
  for (let t = a; t < e; t++) if (!/^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|&|[A-Z]{2,6})$/.test(tokens[t]!.text) || isCommonWord(tokens[t]!.lower)) return null;
  if (placeKind(spanText(tokens, taggedSpan(a, e, 'LOC'))) !== null) return 'LOC';
  if (organizationMark(tokens, a, e)) return 'ORG';
  return sportsReport && e === a + 1 && !nameRunsOn(tokens, e) ? 'ORG' : null;
}

/** Do words [a, e) carry an organization's mark: an organization word, "&", an acronym, or a name the gazetteer knows? */
function organizationMark(tokens: readonly Token[], a: number, e: number): boolean {
  for (let t = a; t < e; t++) {
    const w = tokens[t]!;
    if (w.text === '&' || /^[A-Z]{2,6}$/.test(w.text) || isOrganizationHeadOrSuffix(w.lower, tokens[t + 1]?.lower)) return true;
  }
  return isKnownOrganization(spanText(tokens, taggedSpan(a, e, 'ORG')));
}

/** Is the token at e a capitalized word of the same sentence, so that the name goes on past the span? */
const nameRunsOn = (tokens: readonly Token[], e: number): boolean => {
  const next = tokens[e];
  return next !== undefined && next.sentence === tokens[e - 1]!.sentence && /^[A-Z]/.test(next.text);
};

/** "University and College Union (UCU)": the acronym in brackets right after the span is the initials of all its capitalized words. */
function spelledByBracketedAcronym(tokens: readonly Token[], s: TaggedSpan): boolean {
  const acronym = bracketedTokenAt(tokens, s.tokenEnd)?.text;
  return acronym !== undefined && acronym.length >= 3 && acronym === capitalInitials(tokens.slice(s.tokenStart, s.tokenEnd));
}

/** Words a..e are a place the gazetteer knows, with a possessive mark right after them ("Nigeria's"). */
function possessivePlace(tokens: readonly Token[], a: number, e: number): boolean {
  return e > a && possessiveMarks.has(tokens[e]?.text ?? '') && placeKind(spanText(tokens, { tokenStart: a, tokenEnd: e, type: 'LOC' })) !== null;
}

/** An organization word: the tagger's organization suffix class ("Inc", "Party") or an organization head ("University"). */
const organizationWord = (lower: string): boolean => wordClass(lower) === 'orgsuf' || orgHeads.has(lower);

/** The word before "and" (at `and`) ends a body's name and the words after it, up to e, are a country. */
function countryAfterBody(tokens: readonly Token[], and: number, e: number): boolean {
  return organizationWordOrPlural(tokens[and - 1]!.lower) && canonicalCountry(spanText(tokens, { tokenStart: and + 1, tokenEnd: e, type: 'LOC' })) !== null;
}

/** Words a..e name an organization by themselves: one of them is an organization word ("Library", "University", "Inc"), or the gazetteer knows the name. */
function organizationLike(tokens: readonly Token[], a: number, e: number): boolean {
  if (e <= a) return false;
  for (let t = a; t < e; t++) if (organizationWord(tokens[t]!.lower)) return true;
  return isKnownOrganization(spanText(tokens, { tokenStart: a, tokenEnd: e, type: 'ORG' }));
}

/**
 * Words a..e could close a name of their own: they end in an organization word ("the British Library"), hold an
 * organization word followed by "of" or "for" ("Bank of England", "Council for European Security"), or the
 * gazetteer knows them. "United Nations Food" (of "United Nations Food and Agriculture Organization") ends in a
 * common noun that its organization word ("Nations") only modifies: the "and" joins two nouns inside one name.
 */
function endsLikeAName(tokens: readonly Token[], a: number, e: number): boolean {
  if (organizationWord(tokens[e - 1]!.lower)) return true;
  for (let t = a; t < e - 1; t++) if (organizationWord(tokens[t]!.lower) && ofHeads.has(tokens[t + 1]!.lower)) return true;
  return isKnownOrganization(spanText(tokens, { tokenStart: a, tokenEnd: e, type: 'ORG' }));
}


/**
 * "Department of Health and Human Services", "Ministry of Trade and
 * Industry": an organization word and "of" open the name and the words after
 * "and" (three at most) hold no organization word of their own, so they are
 * the second portfolio, not a second organization ("University of Tokyo and
 * Kyoto University" is two).
 */
function portfolioPair(tokens: readonly Token[], a: number, and: number, e: number): boolean {
  if (e - and - 1 > 3) return false;
  // ("the Bank of England and Barclays": a name of its own after "and")
  for (let t = and + 1; t < e; t++) if (!portfolioWord(tokens[t]!, tokens[t + 1])) return false;
  // the head within the first three words ("U.S. Department of ...", "Council for ...")
  for (let t = a; t < Math.min(a + 3, and - 1); t++) if (orgHeads.has(tokens[t]!.lower) && ofHeads.has(tokens[t + 1]!.lower)) return true;
  return false;
}
