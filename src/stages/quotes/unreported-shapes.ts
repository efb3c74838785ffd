import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { isTightHyphen } from '../../nlp/hyphens';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { hasVerb } from './content';
import { onlySetting } from './deed-contents';
import { cueSide, tokensOf, type UnjudgedQuote } from './features';

/** Nouns naming a company's periodic figures, not what they say (words.json `scheduledReports`). */
const RESULTS_NOUNS: ReadonlySet<string> = new Set(words.scheduledReports.nouns);
/** Cue lemmas that publish such figures on a date (words.json `scheduledReports`). */
const PUBLISHING_CUES: ReadonlySet<string> = new Set(words.scheduledReports.cues);
/** Cue lemmas whose participle after an indefinite noun gives its name (words.json `namingParticiples`). */
const NAMING_CUES: ReadonlySet<string> = new Set(words.namingParticiples.lemmas);
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT']);

/**
 * 'Councillors reject 240-home plan for Oakfield meadow': a paraphrase in the headline (the token layer's paragraph
 * -1) whose content, right after a bare verb, holds no verb is the object of a deed or stance told in the headline's present tense, not words
 * anyone said; the body tells who said what with its own cue. A headline paraphrase with a clause or infinitive
 * ('Why Does Israel Refuse to Recognize the Armenian Genocide', which PolNeAR marks) stays, capped by
 * headline-quotes.ts.
 */
export function headlineDeed(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  if (q.kind !== 'indirect' || to <= from || tokens[from]!.paragraph >= 0 || !q.cue) return false;
  // a stance phrase names what the speaker spoke of ('Experts warn of more attacks': kept, capped)
  const [cueFrom, cueTo] = tokensOf(tokens, q.cue.span);
  if (cueTo - cueFrom !== 1 || cueSide(q.cue.span, q.span) !== 'before') return false;
  return !hasVerb(tokens, from, to);
}

/**
 * 'The company will report full-year results on February 18': a publishing cue whose object is the name of a
 * company's periodic figures, with at most a time setting after it (deed-contents.ts `onlySetting`), tells when something will be said, not what
 * ('reported earnings of $8.42 a share' gives the figure: its 'of' goes on, so it stays).
 */
export function scheduledResults(tokens: readonly Token[], q: UnjudgedQuote, cueHead: number): boolean {
  if (!tokens[cueHead]!.lemmas.some((l) => PUBLISHING_CUES.has(l))) return false;
  const [from, to] = tokensOf(tokens, q.span);
  if (cueSide(q.cue!.span, q.span) !== 'before') return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // the figures' noun, then nothing or a time setting only ('on February 18', 'next Tuesday'; not 'of $8.42 a share')
    if (RESULTS_NOUNS.has(t.lower)) return k + 1 === to || (tokens[k + 1]!.lower !== 'of' && onlySetting(tokens, k + 1, to));
    if (!NOUN_PHRASE_TAGS.has(t.pos) && !POSSESSIVE_DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * 'a leader of a Pakistan-based group called Lashkar-e-Taiba belongs on the list': 'called', 'named' or 'dubbed'
 * right after a lower-case noun whose phrase opens with 'a' or 'an', and right before a proper name, is a reduced
 * relative naming that noun, not a report. The article is at most five words before the cue (adjectives, nouns, a
 * hyphenated modifier 'Pakistan-based'), and the name is followed by neither a second object nor a possessive
 * ('A spokesman called Obama a liar', "... called Obama's plan reckless" are labelling, kept).
 */
export function namingParticiple(tokens: readonly Token[], q: UnjudgedQuote, cueHead: number): boolean {
  const cue = tokens[cueHead]!;
  if (!cue.lemmas.some((l) => NAMING_CUES.has(l)) || cueSide(q.cue!.span, q.span) !== 'before') return false;
  const noun = tokens[cueHead - 1];
  const name = tokens[cueHead + 1];
  if (!noun || !name || noun.pos !== 'NOUN' || noun.text !== noun.lower || name.pos !== 'PROPN') return false;
  // 'called Obama a liar', 'called Obama weak', "called Obama's plan reckless": a second object or a possessive
  // after the name makes the cue a labelling verb of its own, which may report words
  let after = cueHead + 1;
  // the name's words, a hyphenated one whole ('Lashkar-e-Taiba')
  while (tokens[after] && (tokens[after]!.pos === 'PROPN' || isTightHyphen(tokens, after) || isTightHyphen(tokens, after - 1))) after++;
  const next = tokens[after];
  if (!next || next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'PART') return false;
  for (let k = cueHead - 2; k >= 0 && k >= cueHead - 6; k--) {
    const t = tokens[k]!;
    if (INDEFINITE_ARTICLES.has(t.lower)) return true;
    if (t.sentence !== cue.sentence || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'VERB' || t.text === '-' || t.pos === 'PROPN')) return false;
  }
  return false;
}
