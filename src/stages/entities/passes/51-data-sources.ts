import cues from '../../../data/entities/company-lists.json';
import { capitalsAcronymShape, notNameAcronyms } from '../acronyms';
import { isCommonWord } from '../common-words';
import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import type { Token } from '../../../document';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import { spanIndexByToken, taggedSpan } from './shared';

/**
 * "Data from Cox Automotive showed", "figures from Kelley Blue Book",
 * "according to Counterpoint Research", "according to LSEG data":
 * statistics come from an organization, and a company name that ends in an
 * industry word ("Automotive", "Book") reads as a person to the tagger. A
 * person span right after one of those nouns and "from", or after "according to", is an organization
 * when its last word is such an industry word (company-lists.json
 * industryWords): "data from John Smith", "data from Nate Silver" and
 * "figures from Jane Austen fans" stay persons. Industry words are not made organization
 * suffixes everywhere: that added false names on GUM dev; this context is
 * narrow. Cue nouns: data/entities/company-lists.json dataNouns.
 *
 * One word whose data is cited ("according to LSEG data", "according to
 * Refinitiv figures") or an acronym data come from ("data from LSEG") is the
 * organization that publishes them, named once in wire copy: the tagger
 * leaves an unseen acronym out and reads an unseen word as a person or a
 * place ("data from FactSet"). A known place keeps its type ("data from
 * Japan"), and so does a known given or family name ("data from Smith").
 */
export const dataSources: EntityPass = { name: 'data-sources', run };

const dataNouns = new Set(cues.dataNouns);
const industryWords = new Set(cues.industryWords);

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = spans.map((s) => {
    // the tagger reads "Varlow Automotive" as a place too
    if ((s.type !== 'PER' && s.type !== 'LOC') || s.tokenStart < 2) return s;
    const from = tokens[s.tokenStart - 1]!;
    const noun = tokens[s.tokenStart - 2]!;
    const last = tokens[s.tokenEnd - 1]!;
    if (noun.sentence !== last.sentence) return s;
    const oneWord = s.tokenEnd - s.tokenStart === 1;
    if (oneWord && (citedSource(tokens, s.tokenStart) || dataFrom(tokens, s.tokenStart)) && !knownPlaceOrPerson(last)) return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    if (s.tokenEnd - s.tokenStart < 2 || !industryWords.has(last.lower)) return s;
    const afterDataFrom = from.lower === 'from' && dataNouns.has(noun.lower);
    // "according to Cox Automotive": the same source, cited; "according to Jane Research" is too rare to fear
    const accordingTo = from.lower === 'to' && noun.lower === 'according';
    return afterDataFrom || accordingTo ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s;
  });
  const spanAt = spanIndexByToken(tokens.length, out);
  for (let t = 2; t < tokens.length; t++) {
    const w = tokens[t]!;
    if (spanAt[t]! >= 0 || caseless[w.sentence]) continue;
    const cited = citedSource(tokens, t);
    if (!cited && !dataFrom(tokens, t)) continue;
    const acronym = capitalsAcronymShape.test(w.text) && !notNameAcronyms.has(w.text);
    // a capitalized word the tagger left out is cited only as a source ("according to Refinitiv figures"), not one
    // that is an everyday word ("according to Government figures")
    const word = cited && /^[A-Z][a-z]+[A-Za-z]*$/.test(w.text) && !isCommonWord(w.lower);
    if ((acronym || word) && !knownPlaceOrPerson(w)) out.push(taggedSpan(t, t + 1, 'ORG'));
  }
  return out.length === spans.length ? out : out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** "according to LSEG data": the one word at t between "according to" and a lower-case data noun. */
function citedSource(tokens: readonly Token[], t: number): boolean {
  const to = tokenAtIndex(tokens, t - 1);
  const according = tokenAtIndex(tokens, t - 2);
  const noun = tokenAtIndex(tokens, t + 1);
  const sentence = tokens[t]!.sentence;
  if (!to || !according || !noun || according.sentence !== sentence || noun.sentence !== sentence) return false;
  return according.lower === 'according' && to.lower === 'to' && noun.text === noun.lower && dataNouns.has(noun.lower);
}

/** "data from LSEG", "figures from ONS": the word at t right after a data noun and "from". */
function dataFrom(tokens: readonly Token[], t: number): boolean {
  const from = tokenAtIndex(tokens, t - 1);
  const noun = tokenAtIndex(tokens, t - 2);
  return !!from && !!noun && noun.sentence === tokens[t]!.sentence && from.lower === 'from' && dataNouns.has(noun.lower);
}

function knownPlaceOrPerson(w: Token): boolean {
  return placeKind(w.text) !== null || isGivenName(w.lower) || isFamilyName(w.lower);
}
