import { tokenAt, type Sentence, type Token } from '../../document';
import type { QuotationSite } from './pass';
import { phraseEndingAt, subjectBefore, type Phrase } from './phrases';
import { endsLeadIn, quotationSentence, type SentenceCue } from './sentence-cue';
import { isPronoun } from './lexicon';
import words from '../../data/quotes/words.json';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';

/** Tokens before the marks the 'that' is looked for in. */
const MAX_REACH = 40;
/** Adverbs a verb may carry before its 'that' ('said repeatedly that'). */
const MAX_ADVERBS = 2;
/** Words between a noun and the verb or possessor before it ('expressed deep frustration that', 'her remark that'). */
const MAX_NOUN_MODIFIERS = 3;
/** Nouns whose that-clause states a fact or a piece of news, not someone's words ('ignored the fact that ...'). */
const FACT_NOUNS: ReadonlySet<string> = new Set(words.thatClauseLead.factNouns);

/**
 * 'Trump groused that CNN "doesn't treat me properly"', 'her remark that
 * "there's a special place in hell ..."', 'expressed frustration that the
 * allies were acting as "free riders."': quoted words inside a that-clause
 * that no speech cue governs (sentence-cue.ts found none) are the words of
 * the clause's owner, as PolNeAR marks them: the subject of the verb before
 * 'that', or the owner of the noun before it (a possessor, or the subject of
 * the verb whose object it is). The content is the clause from 'that' (PolNeAR
 * keeps it) to the closing mark. The 'that' is the one nearest the marks,
 * with no clause end, colon or other quotation between; a relative 'that'
 * (one followed by a verb, 'a plan that "would ..."', or on a bare noun) is
 * none. The quote model judges the quote by its head word as a cue. Null
 * when there is no such clause.
 */
export function thatClauseLead(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite): SentenceCue | null {
  const open = site.openToken;
  const sentence = quotationSentence(tokens, sentences, site);
  if (!sentence) return null;
  const that = complementizerBefore(tokens, open, sentence.tokenStart);
  if (that < 0) return null;
  const owner = clauseOwner(tokens, that, sentence.tokenStart);
  if (!owner) return null;
  return { cue: { start: tokens[owner.cueStart]!.start, end: tokens[that - 1]!.end }, subject: owner.subject, contentStart: tokens[that]!.start, attribution: null };
}

/** The token index of the 'that' nearest before the marks at `open` that opens a clause reaching them, or -1. */
function complementizerBefore(tokens: readonly Token[], open: number, floor: number): number {
  for (let i = open - 1; i >= floor && open - i <= MAX_REACH; i--) {
    const t = tokens[i]!;
    if (endsLeadIn(t)) return -1;
    if (t.lower !== 'that') continue;
    const next = tokens[i + 1]!;
    // 'a plan that "would ..."', 'that is': a relative 'that' or a demonstrative subject
    if (i + 1 < open && (next.pos === 'VERB' || next.pos === 'AUX')) return -1;
    return i;
  }
  return -1;
}

/** Who owns the clause opened by the 'that' at `that`: its verb's subject or its noun's owner, and where the head starts. */
function clauseOwner(tokens: readonly Token[], that: number, floor: number): { subject: Phrase; cueStart: number } | null {
  let head = that - 1;
  while (head > floor && that - head <= MAX_ADVERBS && tokens[head]!.pos === 'ADV') head--;
  const h = tokens[head];
  if (!h || head < floor) return null;
  if (h.pos === 'VERB') return verbSubject(tokens, head, floor);
  if (h.pos !== 'NOUN' || FACT_NOUNS.has(h.lemma.toLowerCase())) return null;
  return nounOwner(tokens, head, floor);
}

function verbSubject(tokens: readonly Token[], verb: number, floor: number): { subject: Phrase; cueStart: number } | null {
  // 'to declare that', 'claiming that': an infinitive or participle's subject is not found here
  if (tokens[verb - 1]?.lower === 'to' || tokens[verb]!.lower.endsWith('ing')) return null;
  const s = subjectBefore(tokens, verb, floor);
  return s ? { subject: s.phrase, cueStart: verb } : null;
}

/** 'her remark that', 'Mr. Obama's suggestion that', 'expressed frustration that': the noun's possessor or the subject of the verb taking it. */
function nounOwner(tokens: readonly Token[], noun: number, floor: number): { subject: Phrase; cueStart: number } | null {
  for (let k = noun - 1; k >= floor && noun - k <= MAX_NOUN_MODIFIERS + 1; k--) {
    const t = tokens[k]!;
    // a possessive determiner: the noun's owner is the speaker ('her remark that')
    if (POSSESSIVE_DETERMINERS.has(t.lower)) return { subject: { tokenStart: k, tokenEnd: k + 1, span: { start: t.start, end: t.end }, head: { start: t.start, end: t.end }, kind: 'pronoun' }, cueStart: k + 1 };
    if (t.text === "'s" || t.text === '’s') {
      const phrase = phraseEndingAt(tokens, k, floor);
      return phrase && phrase.kind === 'name' ? { subject: phrase, cueStart: k + 1 } : null;
    }
    if (t.pos === 'VERB' && !isPronoun(tokens[k + 1]?.lower ?? '')) return verbSubject(tokens, k, floor);
    if (!(t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'ADV')) return null;
  }
  return null;
}
