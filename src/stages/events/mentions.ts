import argumentData from '../../data/events/arguments.json';
import { mentionsOfSentence, sentenceAt, tokenAt, type Doc, type PlacedMention, type Sentence, type Token } from '../../document';
import type { TimeExpression } from '../../schema';
import { findArguments, nounPhraseStart, roleFor } from './participants';
import { decideStatus } from './status';
import { isAfter, linkTime, whollyBefore } from './timelink';
import { findTriggers } from './triggers';
import type { EventMention, TriggerMatch } from './types';
import { openingParenthesisBefore } from '../../nlp/parentheses';

const anaphora = argumentData as unknown as { anaphoricDeterminers: string[]; anaphoricFollowers: string[][] };
const ANAPHORIC_DETERMINERS = new Set(anaphora.anaphoricDeterminers);
const ANAPHORIC_FOLLOWERS = anaphora.anaphoricFollowers;

/**
 * Every event mention in the document, one per trigger, in text order and
 * before merging: what the WikiEvents evaluation scores, since that corpus
 * annotates each mention separately. Reads tokens and, when present, the
 * resolve and time layers.
 */
export function detectEventMentions(doc: Doc): EventMention[] {
  const layer = doc.tokens;
  if (!layer) return [];
  const { tokens, sentences } = layer;
  const resolved = doc.resolve;
  // a demonym is an adjective ("the Japanese president"), not a party to the event
  const entityMentions = (s: number): PlacedMention[] =>
    resolved ? mentionsOfSentence(resolved, s).filter((p) => p.mention.kind !== 'demonym') : [];
  const timesBySentence = new Map<number, TimeExpression[]>();
  for (const t of doc.time?.timeExpressions ?? []) {
    const s = sentenceAt(sentences, t.span.start);
    if (s < 0) continue;
    const list = timesBySentence.get(s) ?? [];
    list.push(t);
    timesBySentence.set(s, list);
  }
  // decided once, by the time stage
  const referenceDate = doc.time?.referenceDate ?? null;
  const out: EventMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const sentenceSpan = { start: sentence.start, end: sentence.end };
    let previous: EventMention | null = null;
    const here: EventMention[] = [];
    // the sentence's entity mentions, gathered at its first trigger: most sentences have none
    let candidates: PlacedMention[] | null = null;
    for (const trigger of findTriggers(tokens, sentence)) {
      const span = { start: tokens[trigger.tokenStart]!.start, end: tokens[trigger.tokenEnd - 1]!.end };
      candidates ??= entityMentions(sentenceIndex);
      if (insideLongerName(candidates, trigger)) continue;
      // "which reviewed the deal's Heathrow routes ... on November 3": a trigger noun in the possessive determines
      // another noun; the clause's names and time belong to that noun's verb, not to the event it points back to
      const possessive = isPossessiveTrigger(tokens, trigger);
      const found = possessive ? { participants: [], location: null } : findArguments(tokens, sentence, trigger, candidates);
      let time = possessive ? null : linkTime(doc.source, timesBySentence.get(sentenceIndex) ?? [], sentenceSpan, span);
      let { status, evidence } = decideStatus(tokens, sentence, trigger, isAfter(time?.value ?? null, referenceDate));
      // "Any deal would be the biggest, behind the fee paid for Isak in 2022": an event a cue says is not yet
      // real does not happen in a past year or month; that time dates another clause
      if (evidence === 'cue' && (status === 'planned' || status === 'possible') && whollyBefore(time?.value ?? null, referenceDate)) time = null;
      // nothing said of this one: it shares the status of the event it is told with ("will meet ... during the APEC summit")
      if (evidence === 'default' && previous && previous.statusEvidence !== 'default') {
        status = previous.status;
        evidence = previous.statusEvidence;
      }
      const anaphoric = isAnaphoric(tokens, trigger, sentence.tokenStart);
      const inherit = found.participants.length === 0 && !anaphoric && trigger.type !== 'summit';
      const participants = inherit ? sharedSubject(previous, trigger.type) : found.participants;
      const mention: EventMention = {
        type: trigger.type,
        trigger: { text: doc.source.slice(span.start, span.end), span },
        triggerTokens: { start: trigger.tokenStart, end: trigger.tokenEnd, word: trigger.wordStart },
        lemma: trigger.lemma,
        sentenceIndex,
        sentence: sentenceSpan,
        participants,
        location: found.location ?? (participants === found.participants ? null : previous?.location ?? null),
        time,
        status,
        statusEvidence: evidence,
        anaphoric,
        headline: sentence.paragraph < 0,
        nameKey: nameKeyOf(tokens, trigger, sentence.tokenStart),
      };
      here.push(mention);
      previous = mention;
    }
    dropModifiersOfOtherEvents(tokens, sentence, here);
    for (const m of here) out.push(m);
  });
  return out;
}

/** A noun trigger followed by the possessive "'s" ("the deal's routes", "the attack's victims"). */
function isPossessiveTrigger(tokens: readonly Token[], trigger: TriggerMatch): boolean {
  if (trigger.pos !== 'NOUN' && trigger.pos !== 'PROPN') return false;
  const next = tokens[trigger.tokenEnd];
  return next !== undefined && next.start === tokens[trigger.tokenEnd - 1]!.end && (next.lower === "'s" || next.lower === '’s');
}

/**
 * A trigger word that is part of a longer name ("Met" of "Met Office", "Fire" of "Country Fire Authority")
 * names no event: the entity mention covers it and more.
 */
function insideLongerName(candidates: readonly PlacedMention[], trigger: TriggerMatch): boolean {
  for (const p of candidates) {
    if (p.mention.kind !== 'name' && p.mention.kind !== 'alias') continue;
    if (p.tokenStart <= trigger.tokenStart && trigger.tokenEnd <= p.tokenEnd && p.tokenEnd - p.tokenStart > trigger.tokenEnd - trigger.tokenStart) return true;
  }
  return false;
}

/**
 * An entity that modifies another event noun of the sentence ("the APEC
 * summit", "a NATO drill") belongs to that event, not to its neighbours.
 * Each token of such a modifier is marked with its owner, so the check is
 * linear in the sentence.
 */
function dropModifiersOfOtherEvents(tokens: readonly Token[], sentence: Sentence, here: readonly EventMention[]): void {
  if (here.length < 2) return;
  const owner = new Map<number, EventMention>();
  for (const m of here) {
    const word = m.triggerTokens.word;
    if (tokens[word]!.pos === 'VERB') continue;
    for (let i = nounPhraseStart(tokens, sentence, word); i < word; i++) owner.set(i, m);
  }
  if (owner.size === 0) return;
  for (const m of here) {
    m.participants = m.participants.filter((p) => {
      const o = owner.get(tokenAt(tokens, p.span.start));
      return o === undefined || o === m;
    });
  }
}

/**
 * A trigger with no participants of its own shares the subject of the
 * previous trigger in its sentence: "X issued a joint statement after
 * meeting in Phnom Penh", "Pyongyang fired missiles in its latest tests".
 */
function sharedSubject(previous: EventMention | null, type: EventMention['type']): EventMention['participants'] {
  if (!previous || previous.type === 'summit') return [];
  return previous.participants
    .filter((p) => p.span.end <= previous.trigger.span.start)
    .map((p) => ({ ...p, role: roleFor(type, 'agent') }));
}

/** The name before a noun trigger, across an aside: "the APEC (Asia-Pacific Economic Cooperation) summit" gives "apec". */
export function nameKeyOf(tokens: readonly Token[], trigger: TriggerMatch, sentenceStart: number): string | null {
  if (trigger.pos !== 'NOUN' && trigger.pos !== 'PROPN') return null;
  const parts: string[] = [];
  let i = trigger.wordStart - 1;
  if (tokens[i]?.lower === ')') {
    // past the aside; with no "(" within reach the name is out of sight (going on would read inside the aside)
    const open = openingParenthesisBefore(tokens, i, Math.max(sentenceStart, trigger.wordStart - 11));
    if (open < 0) return null;
    i = open - 1;
  }
  while (i >= sentenceStart && tokens[i]!.pos === 'PROPN' && parts.length < 4) parts.unshift(tokens[i--]!.lower);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * A noun trigger introduced by a definite, demonstrative or possessive word
 * ("the talks", "such a meeting", "the first face-to-face meeting") or
 * followed by a phrase pointing back to known participants ("a meeting
 * between the two").
 */
function isAnaphoric(tokens: readonly Token[], trigger: TriggerMatch, sentenceStart: number): boolean {
  if (trigger.pos !== 'NOUN' && trigger.pos !== 'PROPN') return false;
  const follows = ANAPHORIC_FOLLOWERS.some((words) => words.every((w, k) => tokens[trigger.tokenEnd + k]?.lower === w));
  if (follows) return true;
  for (let i = trigger.wordStart - 1; i >= sentenceStart && i >= trigger.wordStart - 8; i--) {
    const t = tokens[i]!;
    if (ANAPHORIC_DETERMINERS.has(t.lower)) return true;
    if (t.lower === 'a' || t.lower === 'an') return tokens[i - 1]?.lower === 'such';
    const inHyphenated = tokens[i - 1]?.lower === '-' || tokens[i + 1]?.lower === '-';
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.lower !== '-' && t.pos !== 'NUM' && !inHyphenated) return false;
  }
  return false;
}
