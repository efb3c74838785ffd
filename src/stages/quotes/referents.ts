import type { Token } from '../../document';
import type { Entity, Speaker } from '../../schema';
import speakers from '../../data/quotes/speakers.json';
import nonReferents from '../../data/quotes/non-referent-heads.json';
import words from '../../data/quotes/words.json';
import { tokensOf } from './features';
import { isPronoun } from './lexicon';
import { ARTICLES } from '../../nlp/pronouns';
import { DATE_HEADS, isYearNumber } from '../../nlp/time-words';
import { QUANTITIES } from '../../nlp/quantities';
import { tokenAtIndex } from '../../nlp/token-at-index';

/** Head words that name no one who speaks: documents, lists, bills, data, dates (src/data/quotes/speakers.json). */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(speakers.notSpeakers);
/** Indefinite and quantity pronouns, 'for example' (non-referent-heads.json). */
const NON_REFERENT_HEADS: ReadonlySet<string> = new Set(nonReferents.words);
/** Ordinals that before 'of' and a group are a share of it (speakers.json `partitives`). */
const PARTITIVES: ReadonlySet<string> = new Set(speakers.partitives);
/** Prepositions a phone line is reached by ('call police on 101', 'ring us at 999'). */
const PHONE_PREPOSITIONS: ReadonlySet<string> = new Set(nonReferents.phonePrepositions);
/**
 * A transcript's letter or word label alone ('Q: Where did the idea come from?', words.json interviewTurns) names no
 * one: the interviewer is named elsewhere, if at all, and an answer's words are the interviewee's only where a
 * pronoun in them says so (interview.ts). 'A' alone is an article anyway.
 */
const TURN_LETTERS: ReadonlySet<string> = new Set([...words.interviewTurns.questions, ...words.interviewTurns.answers]);

/**
 * Whether a speaker is a referent: a person or organization entity, a
 * pronoun or nominal resolving to one, or a group nominal ("officials", "a
 * senior political source"). A phrase whose head is a document, list, bill,
 * date or ordinal ("the official list", "The original 2007 document", "The
 * Obama administration's first", "Data Retention Bill") names no one: the
 * quote is not output. A name or pronoun before a trailing time word
 * ("Trump this week") is still a referent.
 */
export function isReferent(tokens: readonly Token[], speaker: Speaker, entityTypes: ReadonlyMap<string, Entity['type']>): boolean {
  if (!speaker.mention) return true;
  if (speaker.entityId && entityTypes.get(speaker.entityId) === 'person') return true;
  const [from, to] = tokensOf(tokens, speaker.mention);
  const head = tokens[to - 1];
  if (!head || to <= from) return true;
  // "let's focus on": a clitic names no one; nor does "nothing" or "for example"
  if (/^['’]s$/.test(head.text) || NON_REFERENT_HEADS.has(head.lower)) return false;
  if (to - from === 1 && !speaker.entityId && loneTokenNamesNoOne(head, tokenAtIndex(tokens, from - 1))) return false;
  if (isPronoun(head.lower)) return true;
  // a year ("2010", "the 2007 plan") is a date, not a speaker
  const year = isYearNumber(head);
  if (!year && !namesNoOne(head)) return true;
  // 'Two-thirds of harbour residents said': a share speaks as the group after 'of' does
  if (PARTITIVES.has(head.lemma.toLowerCase()) && tokens[to]?.lower === 'of') {
    const group = partitiveGroupHead(tokens, to + 1);
    return group !== undefined && !namesNoOne(group);
  }
  if (!DATE_HEADS.has(head.lower)) return false;
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' || isPronoun(t.lower)) return true;
  }
  return false;
}

/** A speaker cut to one token with no entity behind it that names no one. */
function loneTokenNamesNoOne(head: Token, prev: Token | undefined): boolean {
  // a phrase cut to one article or one lower-case adjective names no one ('in particular, X noted' gave "particular")
  if (loneModifier(head)) return true;
  // 'Q: Where did the idea come from?': a letter label names no one
  if (TURN_LETTERS.has(head.lower)) return true;
  // 'contact police on 101 quoting incident 2104': a number in digits reached "on" or "at" is a phone line, no one
  // ('Of the 500 workers, 120 said' and 'three in 10 said' are counts of people and stay)
  return /^\d[\d.,]*$/.test(head.text) && PHONE_PREPOSITIONS.has(prev?.lower ?? '');
}

/** An article, or a lower-case adjective that is no quantity word ('particular', 'controversial', 'such'): no referent alone. */
function loneModifier(t: Token): boolean {
  return ARTICLES.has(t.lower) || (t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text) && !QUANTITIES.has(t.lower));
}

/** Is a head word one that names no one who speaks (a document, list, date, ordinal)? */
export function namesNoOne(head: Token): boolean {
  return NOT_SPEAKERS.has(head.lower) || NOT_SPEAKERS.has(head.lemma.toLowerCase());
}

/** Word classes a noun phrase after a partitive's 'of' is made of ('the last of the harbour protesters'). */
const GROUP_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * The last noun of the noun phrase starting at `from` ('harbour residents', 'the protesters'), or undefined.
 * A possessive is a determiner inside the phrase, so the scan steps over it: in "the agency's reports"
 * the head is "reports", not "agency".
 */
function partitiveGroupHead(tokens: readonly Token[], from: number): Token | undefined {
  let head: Token | undefined;
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.inQuote) break;
    if (/^['’]s?$/.test(t.text) && head !== undefined) continue;
    if (!GROUP_PHRASE_TAGS.has(t.pos)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
  }
  return head;
}

