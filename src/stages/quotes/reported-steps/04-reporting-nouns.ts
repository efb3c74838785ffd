import type { Token } from '../../../document';
import cueData from '../../../data/quotes/cues.json';
import words from '../../../data/quotes/words.json';
import { addAttribution, tokenSpan, type AttributionStep } from '../attribution';
import { isPossessiveS } from '../../../nlp/possessive-split';
import { contentEnd, isClauseStart } from '../content';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../phrases';
import { pluralPossessive } from '../phrase-joints';
import { isTightHyphen } from '../../../nlp/hyphens';
import { TIME_SETTING_WORDS } from '../../../nlp/time-words';
import type { CueMatch } from '../lexicon';

const NOMINAL_CUES: ReadonlySet<string> = new Set(cueData.nominal.nouns);
/** 'criticism from rivals that ...', 'claims by intelligence agencies that ...': the preposition naming whose report it is */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(cueData.nominal.agentPrepositions);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(words.possessivePronouns.words);

/** "Trump's claim that ...", "her acknowledgment that ...": a reporting noun with its possessor. */
export const reportingNouns: AttributionStep = {
  name: '04-reporting-nouns',
  run(ctx, found) {
    const { tokens, first, end, stops } = ctx;
    const out = [...found];
    for (let i = first + 1; i < end; i++) {
      const noun = tokens[i]!;
      if (noun.inQuote || (noun.pos !== 'NOUN' && noun.pos !== 'VERB') || !NOMINAL_CUES.has(noun.lower)) continue;
      const link = thatAfterNoun(tokens, i, end);
      if (!link) continue;
      // 'Gazprom said in a statement that ...': the noun is the verb's setting; the verb reports the clause
      if (settingOfCueBefore(ctx.cues, tokens, i, first)) continue;
      const owner = possessorBefore(tokens, i, first) ?? link.agent;
      // "police's earlier claim that": after a possessor the tagger's verb is the noun
      if (noun.pos === 'VERB' && !owner) continue;
      // without a possessor ("the claim that ...") the report stays, its source unknown
      if (!isClauseStart(tokens, link.that + 1, end)) continue;
      const from = link.that + 1;
      const ownerBefore = possessorBefore(tokens, i, first);
      const opensSentence = (ownerBefore ? ownerBefore.tokenStart : DETERMINERS.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i) === first;
      const to = untilMainVerb(tokens, from, contentEnd(tokens, from, end, 'clause', stops), opensSentence);
      const bounded = untilMainVerb(tokens, from, contentEnd(tokens, from, end, 'clause', stops, true), opensSentence);
      addAttribution(out, ctx, tokenSpan(noun), owner, from, to, bounded, 'clause');
    }
    return out;
  },
};

/**
 * The 'that' opening the noun's clause: right after it, or past a time setting ("Trump's assertion Monday that",
 * "his statement earlier this year that") or an agent phrase naming whose report it is ("criticism from rivals
 * that", "claims by intelligence agencies that"; the phrase is then the source when no possessor comes before the
 * noun). Null when no 'that' follows so.
 */
function thatAfterNoun(tokens: readonly Token[], noun: number, end: number): { that: number; agent: Phrase | null } | null {
  let k = noun + 1;
  while (k < end && k - noun <= 3 && TIME_SETTING_WORDS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'that') k++;
  if (tokens[k]?.lower === 'that') return { that: k, agent: null };
  if (k !== noun + 1 || !AGENT_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  const agent = phraseStartingAt(tokens, k + 1, end);
  if (!agent || agent.kind === 'pronoun' || tokens[agent.tokenEnd]?.lower !== 'that') return null;
  return { that: agent.tokenEnd, agent };
}

/**
 * Whether the noun at `noun` heads an 'in' phrase right after a verb cue ('said in a statement', 'told reporters
 * in an emailed statement', 'said in its annual report'): up to three determiners, adjectives or possessives
 * between 'in' and the noun, and up to four tokens (an addressee, a time) between the cue and 'in'.
 */
function settingOfCueBefore(cues: readonly CueMatch[], tokens: readonly Token[], noun: number, first: number): boolean {
  let k = noun - 1;
  while (k > first && noun - k <= 3 && tokens[k]!.lower !== 'in' && MODIFIER_TAGS.has(tokens[k]!.pos)) k--;
  if (tokens[k]?.lower !== 'in') return false;
  return cues.some((c) => c.end <= k && k - c.end <= 4 && c.start >= first && !cueSetOff(tokens, c.end, k));
}

/** Is a punctuation mark between the cue's end and the preposition (another clause)? */
function cueSetOff(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'PUNCT') return true;
  return false;
}

const MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'PART', 'NUM', 'VERB']);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its']);
const NOMINAL_END: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * "The governor's claim that the city ignored the warnings was rejected":
 * a reporting noun opening its sentence is the subject of the main clause,
 * whose verb ends the that-clause: the first verb after the clause's own
 * verb that follows a noun phrase's last word ("warnings was", "memo drew")
 * or an auxiliary after a full verb ("is rigged has").
 * Elsewhere, and when no such verb comes, the content keeps its end `to`.
 */
function untilMainVerb(tokens: readonly Token[], from: number, to: number, opensSentence: boolean): number {
  if (!opensSentence) return to;
  let ownVerb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX';
    const before = tokens[k - 1]!.pos;
    if (verbal && ownVerb && NOMINAL_END.has(before)) return k;
    // "that the election is rigged has alarmed": an auxiliary after a full verb opens a new verb group
    if (t.pos === 'AUX' && ownVerb && before === 'VERB') return k;
    // "that the deal would collapse went unheeded", "that more airstrikes are needed drew fire": a full verb after
    // an auxiliary's verb group is the main clause's
    if (t.pos === 'VERB' && before === 'VERB' && tokens[k - 2]?.pos === 'AUX' && !t.lower.endsWith('ing')) return k;
    if (verbal) ownVerb = true;
  }
  return to;
}

/**
 * The possessor of the noun at `noun`: "Trump's (earlier) claim" -> Trump,
 * "his claim" -> his, "budget hawks' warnings" -> budget hawks (a plural
 * possessive's apostrophe, which the tokenizer splits off); past the
 * adjectives and adverbs between, a hyphenated one whole ("Trump's
 * by-now-familiar claims").
 */
function possessorBefore(tokens: readonly Token[], noun: number, first: number): Phrase | null {
  const k = modifiersStart(tokens, noun, first) - 1;
  const t = tokens[k];
  if (!t || k < first) return null;
  if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower)) {
    const span = { start: t.start, end: t.end };
    return { tokenStart: k, tokenEnd: k + 1, span, head: span, kind: 'pronoun' };
  }
  if (isPossessiveS(t) || pluralPossessive(tokens, k, first)) return phraseEndingAt(tokens, k, first);
  return null;
}

/** How many tokens of modifiers a possessor may stand before the noun ("by - now - familiar" is five). */
const MAX_MODIFIER_TOKENS = 6;

/**
 * Where the adjectives and adverbs right before the noun at `noun` start: each an ADJ or ADV token, or a word
 * joined to the next by a tight hyphen ("by-now-familiar", whatever the tagger calls its parts).
 */
function modifiersStart(tokens: readonly Token[], noun: number, first: number): number {
  let k = noun;
  while (k - 1 > first && noun - k < MAX_MODIFIER_TOKENS) {
    const t = tokens[k - 1]!;
    if (t.pos === 'ADJ' || t.pos === 'ADV') k--;
    else if (k < noun && isTightHyphen(tokens, k - 1) && k - 2 > first) k -= 2;
    else break;
  }
  return k;
}
