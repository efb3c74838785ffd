/**
 * The noun phrase a speaker is read from: its token range, span and head (the last run of proper names, the pronoun,
 * or the whole phrase). phrases.ts finds phrases around cues; the modules that trim them (phrase-time-edges.ts) build
 * them here too, so neither imports the other.
 */
import type { Span, Token } from '../../document';
import { FREE_RELATIVES, RELATIVE_NOUN_PHRASES, RELATIVE_PRONOUNS, isRelative } from '../../nlp/pronouns';
import { isPronoun } from './lexicon';
import { isNominal, subjectCountSymbol } from './chunk-shapes';

/** A noun phrase found around a cue: the speaker candidate. */
export interface Phrase {
  /** token range, end exclusive */
  tokenStart: number;
  tokenEnd: number;
  span: Span;
  /** the part that names the speaker: the last proper-name run, the pronoun, or the whole phrase */
  head: Span;
  /** 'group': members joined by "and"/"or" ("Snapchat, Tumblr and Mozilla"), who speak together */
  kind: 'name' | 'pronoun' | 'nominal' | 'group';
}

/** Words a noun phrase does not start with: a relative or free relative opens a clause instead ('what happened'). */
const WH: ReadonlySet<string> = new Set([...RELATIVE_NOUN_PHRASES, ...FREE_RELATIVES]);

function isProper(token: Token): boolean {
  return token.pos === 'PROPN';
}

/** Builds a phrase from a token range, choosing its head. */
export function makePhrase(tokens: readonly Token[], start: number, end: number): Phrase | null {
  if (end <= start) return null;
  // drop a leading conjunction or possessive marker left over at the edges
  while (start < end && (!isNominal(tokens[start]) || isRelative(tokens[start], WH))) start++;
  // a count's percent sign that opens a subject ('42% say') ends the phrase (chunk-shapes.ts subjectCountSymbol)
  while (end > start && (tokens[end - 1]!.pos === 'PART' || !(isNominal(tokens[end - 1]) || subjectCountSymbol(tokens, end - 1)) || isRelative(tokens[end - 1], RELATIVE_PRONOUNS))) end--;
  if (end <= start) return null;
  const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end };
  // the last proper-name run names the speaker: "foreign ministry spokesman Zhao Lijian"
  let runEnd = -1;
  for (let i = end - 1; i >= start; i--) {
    if (isProper(tokens[i]!)) {
      runEnd = i + 1;
      break;
    }
  }
  const last = tokens[end - 1]!;
  if (end - start === 1 && last.pos === 'PRON' && isPronoun(last.lower)) {
    return { tokenStart: start, tokenEnd: end, span, head: span, kind: 'pronoun' };
  }
  if (runEnd === end) {
    let runStart = runEnd - 1;
    while (runStart > start && isProper(tokens[runStart - 1]!)) runStart--;
    const head = { start: tokens[runStart]!.start, end: last.end };
    return { tokenStart: start, tokenEnd: end, span, head, kind: 'name' };
  }
  return { tokenStart: start, tokenEnd: end, span, head: span, kind: 'nominal' };
}
