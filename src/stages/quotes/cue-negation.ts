/**
 * Whether a quote's cue is negated: 'Reid would not say whether ...', 'did not dispute that ...', 'has never said',
 * 'Not once did Jones say ...'. Read from the cue's own verb group (the auxiliaries, adverbs and negators right before
 * its first word), not from the token layer's negation scope: the scope says which words a negation reaches, this
 * says whether the cue's own verb is negated, and also reads a focus particle ('not only said') and a fronted
 * negation. (It was written when the scope was wink's flag, which ran on over a relative clause into the main verb:
 * 'Officials who did not want to be named said'; src/nlp/negation-scope.ts now ends the scope at 'who'.)
 * content-pointers.ts reads this besides the scope; the model feature 'cueneg' (features.ts) reads the scope (its
 * comment says why). The narrowed scope is still no substitute: on PolNeAR train (held-back slice left out, 11,156
 * quotes with a cue) the two agree on 87 negated cues; this alone negates 3 ('May Not Have Suggested', 'will not yet
 * say', 'might not view': all right, a modal's negation the scope misses), the scope alone 61, of which 30 are right
 * (a negative subject: 'Neither Cruz nor Christie acknowledged', 'None of the three laid out'; 'without saying') and
 * 31 wrong (a scope run on over 'and' or a new subject: 'never worked with Manafort and said', '21 percent said').
 */
import { tokenAt, type Span, type Token } from '../../document';
import words from '../../data/quotes/words.json';
import { sentenceStartFrom } from '../../nlp/sentence-end';

const NEGATORS: ReadonlySet<string> = new Set(words.cueNegators.words);
/** 'not only said', 'did not just say': a focus particle after the negator; the cue was said (and more besides). */
const FOCUS: ReadonlySet<string> = new Set(words.cueNegators.focus);
/** How far back the verb group reaches: 'would still not have said'. */
const MAX_GROUP = 4;
/** How many words a fronted negation's inverted subject may have: 'Never did the city's own lawyers say'. */
const MAX_INVERTED_SUBJECT = 6;

export function negatedCue(tokens: readonly Token[], cue: Span | null): boolean {
  if (!cue) return false;
  const first = tokenAt(tokens, cue.start);
  return negatedGroup(tokens, first) || invertedNegation(tokens, first);
}

/** 'not', 'never', "n't" and the typeset "n’t" ('isn’t saying', 'doesn’t say'). */
function isNegator(t: Token): boolean {
  return NEGATORS.has(t.lower.replace('\u2019', "'"));
}

/** A negator in the verb group right before the cue's first token `first` that scopes over the cue. */
function negatedGroup(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && first - k <= MAX_GROUP; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (isNegator(t)) return negatorScopesOverCue(tokens, k, first);
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) return false;
  }
  return false;
}

/**
 * The negator at `k` negates the cue at `first` unless a focus particle follows it ('not only said', "didn't just
 * say"), or it is a bare 'not' with no auxiliary before it and an adverb between it and a finite cue: English negates
 * a finite verb through an auxiliary ('did not say'), so 'Jones not surprisingly said', 'not long ago said' negate the
 * adverb. A bare 'not' right before the cue, its 'to' or an auxiliary ('May Not Have Suggested'), or before a gerund
 * ('not once referring to', 'not even suggesting') stays: there nothing else is finite for it to need.
 */
function negatorScopesOverCue(tokens: readonly Token[], k: number, first: number): boolean {
  const next = tokens[k + 1];
  if (FOCUS.has(next?.lower ?? '')) return false;
  if (tokens[k]!.lower !== 'not' || k + 1 === first || next?.lower === 'to' || next?.pos === 'AUX') return true;
  if (tokens[first]!.lower.endsWith('ing')) return true;
  for (let j = k - 1; j >= 0 && first - j <= MAX_GROUP + 1; j--) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * A fronted negation with an inverted auxiliary: 'Not once did Jones say', 'Never did the mayor say'. The sentence
 * opens (after a conjunction) with a negator, adverbs ('once', 'ever'), an auxiliary, then the subject, then the cue
 * with no other verb in between. 'Not only did Jones say' is a focus particle, not negation.
 */
function invertedNegation(tokens: readonly Token[], first: number): boolean {
  if (tokens[first] === undefined) return false;
  let start = sentenceStartFrom(tokens, first);
  while (start < first && (tokens[start]!.pos === 'CCONJ' || tokens[start]!.pos === 'PUNCT')) start++;
  const opener = tokens[start];
  if (!opener || !isNegator(opener) || FOCUS.has(tokens[start + 1]?.lower ?? '')) return false;
  let aux = start + 1;
  while (aux < first && tokens[aux]!.pos === 'ADV') aux++;
  if (aux >= first || tokens[aux]!.pos !== 'AUX') return false;
  if (first - aux - 1 < 1 || first - aux - 1 > MAX_INVERTED_SUBJECT) return false;
  for (let j = aux + 1; j < first; j++) {
    const pos = tokens[j]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || pos === 'SCONJ') return false;
  }
  return true;
}
