import cues from '../../../data/entities/company-lists.json';
import { capitalsAcronymShape, notNameAcronyms } from '../acronyms';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../../../nlp/common-words';
import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import type { Token } from '../../../document';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import { mapSpans, spanIndexByToken, taggedSpan, wordsText } from './shared';

const dataNouns = new Set(cues.dataNouns);
const pollees = new Set(cues.pollees);
const pollVerbs = new Set(cues.pollVerbs);
const industryWords = new Set(cues.industryWords);

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
 * So is a run of capitalized words data come from, though a place opens it
 * ("data from UK Biobank": sourceRunEnd). The one that polled the people whose
 * figures are cited is such a source too ("analysts polled by LSEG").
 */
export const dataSources: EntityPass = {
  name: 'data-sources',
  // every rule reads a data noun, "according" or a polling verb before the name
  triggers: new Set([...dataNouns, 'according', ...pollVerbs]),
  run,
};

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = mapSpans(spans, (s) => {
    // the tagger reads "Varlow Automotive" as a place too
    if ((s.type !== 'PER' && s.type !== 'LOC') || s.tokenStart < 2) return s;
    const from = tokens[s.tokenStart - 1]!;
    const noun = tokens[s.tokenStart - 2]!;
    const last = tokens[s.tokenEnd - 1]!;
    if (noun.sentence !== last.sentence) return s;
    const oneWord = s.tokenEnd - s.tokenStart === 1;
    if (oneWord && (citedSource(tokens, s.tokenStart) || dataFrom(tokens, s.tokenStart)) && !knownPlaceOrPerson(last)) return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    if (s.tokenEnd - s.tokenStart < 2) return s;
    // "analysts polled by Visible Alpha": people are polled by an organization, unless a given name opens the name
    if (polledBy(tokens, s.tokenStart) && !isGivenName(tokens[s.tokenStart]!.lower)) return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    if (!industryWords.has(last.lower)) return s;
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
    const end = cited ? t + 1 : sourceRunEnd(tokens, t, spanAt);
    if (end > t + 1) {
      out.push(taggedSpan(t, end, 'ORG'));
      continue;
    }
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

/**
 * "data from LSEG", "figures from ONS": the word at t right after a data noun and "from"; or the one that asked
 * the people the figures come from ("analysts polled by LSEG", "economists surveyed by Reuters").
 */
function dataFrom(tokens: readonly Token[], t: number): boolean {
  const from = tokenAtIndex(tokens, t - 1);
  const noun = tokenAtIndex(tokens, t - 2);
  if (!from || !noun || noun.sentence !== tokens[t]!.sentence) return false;
  return (from.lower === 'from' && dataNouns.has(noun.lower)) || polledBy(tokens, t);
}

/** "analysts polled by", "economists surveyed by": the words before t. */
function polledBy(tokens: readonly Token[], t: number): boolean {
  const by = tokenAtIndex(tokens, t - 1);
  const verb = tokenAtIndex(tokens, t - 2);
  const asked = tokenAtIndex(tokens, t - 3);
  const sentence = tokens[t]!.sentence;
  if (!by || !verb || !asked || asked.sentence !== sentence || verb.sentence !== sentence) return false;
  return by.lower === 'by' && pollVerbs.has(verb.lower) && pollees.has(asked.lower);
}

/**
 * "data from UK Biobank, which", "figures from Statistics Canada show": two to four capitalized words no name covers
 * right after a data noun and "from" are the organization that publishes the data, though a place opens the name; not
 * when they are a known place ("data from New York"), open with a given name ("data from John Smith"), or go on into
 * a lower-case noun they modify ("data from UK Biobank participants"). The end (exclusive) of such a run, else t + 1.
 */
function sourceRunEnd(tokens: readonly Token[], t: number, spanAt: Int32Array): number {
  const first = tokens[t]!;
  let end = t;
  while (end < tokens.length && end - t < 4 && spanAt[end]! < 0 && tokens[end]!.sentence === first.sentence && isCapitalized(tokens[end]!.text)) end++;
  if (end - t < 2 || isGivenName(first.lower) || isCommonWord(first.lower)) return t + 1;
  const next = tokenAtIndex(tokens, end);
  if (next && next.sentence === first.sentence && (spanAt[end]! >= 0 || (next.pos === 'NOUN' && next.text === next.lower))) return t + 1;
  return placeKind(wordsText(tokens.slice(t, end))) === null ? end : t + 1;
}

function knownPlaceOrPerson(w: Token): boolean {
  return placeKind(w.text) !== null || isGivenName(w.lower) || isFamilyName(w.lower);
}
