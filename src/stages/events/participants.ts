import argumentData from '../../data/events/arguments.json';
import roleData from '../../data/events/roles.json';
import type { PlacedMention, Sentence, Token } from '../../document';
import { firstNotBefore } from '../../nlp/search';
import { isPastForm, lemmaCandidates } from '../../nlp/morphology';
import type { EventArgument, TriggerMatch } from './types';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { openingParenthesisBefore } from '../../nlp/parentheses';
import { passiveAuxiliaryBefore, type PassiveReading } from '../../nlp/passive';

const args = argumentData as unknown as {
  locationPrepositions: string[];
  withWords: string[];
  agentWords: string[];
  patientWords: string[];
  comparisonWords: string[];
  stops: string[];
  reportingStops: string[];
  passiveAux: string[];
  nounPhrasePos: string[];
  throughVerbPos: string[];
  participationVerbs: string[];
  forwardStops: string[];
  maxBack: number;
  maxForward: number;
  maxParticipants: number;
};
const LOCATION_PREPS = new Set(args.locationPrepositions);
const WITH_WORDS = new Set(args.withWords);
const AGENT_WORDS = new Set(args.agentWords);
const PATIENT_WORDS = new Set(args.patientWords);
const COMPARISON_WORDS: ReadonlySet<string> = new Set(args.comparisonWords);
const STOPS = new Set(args.stops);
const REPORTING_STOPS = new Set(args.reportingStops);
const PASSIVE_AUX = new Set(args.passiveAux);
const NOUN_PHRASE_POS = new Set(args.nounPhrasePos);
const THROUGH_VERB_POS = new Set(args.throughVerbPos);
const PARTICIPATION_VERBS = new Set(args.participationVerbs);
const FORWARD_STOPS = new Set(args.forwardStops);

export type Slot = 'agent' | 'patient' | 'with';
const ROLES = roleData as unknown as Record<string, Record<Slot, string | null>>;

export interface ArgumentResult {
  participants: EventArgument[];
  location: EventArgument | null;
}

/**
 * Participants and place of one trigger from the entity mentions of its
 * clause (`mentions`: those of its sentence, from the resolve layer, in text order). Before the trigger: the subject side (agent, or patient for a
 * passive verb), unless a reporting verb or "that" intervenes. After it: the
 * object (patient), "with"/"between" phrases, "by" agents. A location
 * entity after "in/at/to/near" is the place; a place named without a
 * preposition ("Tokyo announced") acts as a participant.
 */
export function findArguments(
  tokens: readonly Token[],
  sentence: Sentence,
  trigger: TriggerMatch,
  mentions: readonly PlacedMention[],
): ArgumentResult {
  const from = backLimit(tokens, sentence, trigger);
  const to = forwardLimit(tokens, sentence, trigger);
  const passive = isPassive(tokens, sentence, trigger);
  const roles = ROLES[trigger.type] ?? ROLES['other']!;
  const found: Array<EventArgument & { distance: number }> = [];
  let location: (EventArgument & { distance: number }) | null = null;

  // mentions are sorted: start at the first that can reach the window, stop past it
  for (let k = firstEndingAfter(mentions, from); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.tokenStart >= to) break;
    if (m.tokenEnd <= from) continue;
    if (m.tokenEnd > trigger.tokenStart && m.tokenStart < trigger.tokenEnd) continue;
    const before = m.tokenEnd <= trigger.tokenStart;
    if (before ? m.tokenStart < from : m.tokenEnd > to) continue;
    const distance = before ? trigger.tokenStart - m.tokenEnd : m.tokenStart - trigger.tokenEnd;
    const lead = governingWord(tokens, sentence, m, before ? from : trigger.tokenEnd);
    // ("more important than Clinton's": the other term of a comparison takes no part in the event)
    if (lead !== null && COMPARISON_WORDS.has(lead)) continue;
    const span = { start: m.mention.start, end: m.mention.end };
    const entityId = m.entity.id;
    // "on" before a place names the target ("an attack on Kyiv"), other prepositions the place
    if (m.entity.type === 'location' && lead !== null && LOCATION_PREPS.has(lead) && !PATIENT_WORDS.has(lead)) {
      if (!location || distance < location.distance) location = { entityId, role: null, span, distance };
      continue;
    }
    let slot: Slot;
    if (before) slot = passive ? 'patient' : 'agent';
    else if (lead !== null && AGENT_WORDS.has(lead)) slot = 'agent';
    else if (lead !== null && WITH_WORDS.has(lead)) slot = 'with';
    else slot = 'patient';
    found.push({ entityId, role: roles[slot] ?? null, span, distance });
  }

  const seen = new Set<string>(location ? [location.entityId] : []);
  const participants: EventArgument[] = [];
  for (const arg of [...found].sort((a, b) => a.distance - b.distance)) {
    if (seen.has(arg.entityId)) continue;
    seen.add(arg.entityId);
    participants.push({ entityId: arg.entityId, role: arg.role, span: arg.span });
    if (participants.length >= args.maxParticipants) break;
  }
  participants.sort((a, b) => a.span.start - b.span.start);
  return {
    participants,
    location: location ? { entityId: location.entityId, role: null, span: location.span } : null,
  };
}

/** longest mention, in tokens, that the window search allows for */
const MAX_MENTION_TOKENS = 16;

/** index of the first mention that may end after token `from` (mentions are in text order) */
function firstEndingAfter(mentions: readonly PlacedMention[], from: number): number {
  return firstNotBefore(mentions.length, (k) => mentions[k]!.tokenStart < from - MAX_MENTION_TOKENS);
}

/**
 * Where the subject side of a trigger begins. A noun trigger keeps to its own
 * noun phrase unless a verb governs it ("X issued a statement"), so the
 * subject of a neighbouring clause is not taken ("fired by North Korea, the
 * communiqué mentioned ...").
 */
function backLimit(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): number {
  let start = trigger.tokenStart;
  const opensWithVerb = tokens[start]!.pos === 'VERB';
  if ((trigger.pos === 'NOUN' || trigger.pos === 'PROPN') && !opensWithVerb) {
    start = nounPhraseStart(tokens, sentence, trigger.tokenStart);
    const governor = tokens[start - 1];
    if (start <= sentence.tokenStart || !governor || !THROUGH_VERB_POS.has(governor.pos)) return start;
    if (governor.pos === 'VERB' && !lemmaCandidates(governor.lower).some((l) => PARTICIPATION_VERBS.has(l))) return start;
  } else {
    // the verb chain before a verb trigger: "is expected to", "has not"
    while (start > sentence.tokenStart && start > trigger.tokenStart - 5) {
      const t = tokens[start - 1]!;
      if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV' && !(t.pos === 'VERB' && tokens[start]?.lower === 'to')) break;
      start--;
    }
  }
  // step over the governing verb chain ("is seeking to hold"), then read the subject side
  let i = start;
  while (i > sentence.tokenStart && THROUGH_VERB_POS.has(tokens[i - 1]!.pos) && start - i < 6) i--;
  const limit = Math.max(sentence.tokenStart, start - args.maxBack);
  while (i > limit) {
    const t = tokens[i - 1]!;
    if (STOPS.has(t.lower) || REPORTING_STOPS.has(t.lower)) break;
    // another finite verb starts another clause, unless it is chained by "to"
    if (t.pos === 'VERB' && tokens[i]?.lower !== 'to' && tokens[i - 2]?.lower !== 'to') break;
    i--;
  }
  return i;
}

/** the role a type gives to an agent, patient or with-participant */
export function roleFor(type: string, slot: Slot): string | null {
  return (ROLES[type] ?? ROLES['other']!)[slot] ?? null;
}

/** first token of the noun phrase ending at `head`: determiners, modifiers, possessives, hyphenated names */
export function nounPhraseStart(tokens: readonly Token[], sentence: Sentence, head: number): number {
  let i = head;
  const floor = Math.max(sentence.tokenStart, head - 12);
  while (i > floor) {
    const t = tokens[i - 1]!;
    // "the APEC (Asia-Pacific Economic Cooperation) summit": step over the aside
    if (t.lower === ')') {
      // no lower than the floor: below it lies the previous sentence, or more than the phrase's reach
      const open = openingParenthesisBefore(tokens, i - 1, floor);
      if (open < 0) break;
      i = open;
      continue;
    }
    if (NOUN_PHRASE_POS.has(t.pos) || t.lower === '-' || t.lower === "'s" || t.lower === '’s') {
      if (t.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.lower)) break;
      i--;
      continue;
    }
    break;
  }
  return i;
}


/**
 * Forward: stops at clause words and at a comma (except inside "Perth,
 * Australia"-style place chains), and at a verb group: a noun trigger may
 * cross its own predicate ("the meeting will take place in Bali"), a verb
 * trigger none ("met Xi and discussed trade with Biden").
 */
function forwardLimit(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): number {
  const limit = Math.min(sentence.tokenEnd, trigger.tokenEnd + args.maxForward);
  let groupsLeft = tokens[trigger.tokenStart]!.pos === 'VERB' ? 0 : 1;
  let inGroup = false;
  let i = trigger.tokenEnd;
  while (i < limit) {
    const token = tokens[i]!;
    if (STOPS.has(token.lower) || REPORTING_STOPS.has(token.lower) || FORWARD_STOPS.has(token.lower)) break;
    const verbal = token.pos === 'VERB' || token.pos === 'AUX';
    if (verbal && !inGroup) {
      if (groupsLeft === 0) break;
      groupsLeft--;
    }
    inGroup = verbal || (inGroup && (token.pos === 'PART' || token.pos === 'ADV'));
    if (token.lower === ',') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const chain = prev?.pos === 'PROPN' && next?.pos === 'PROPN';
      if (!chain) break;
    }
    i++;
  }
  return i;
}

/**
 * The function word that attaches a mention: the nearest preposition or
 * conjunction before it (skipping determiners, adjectives and titles), or
 * null. "with his counterpart Xi" -> "with"; "between X and Y" -> "between"
 * for both, as "and" inherits the word of its first conjunct.
 */
function governingWord(tokens: readonly Token[], sentence: Sentence, m: PlacedMention, floor: number): string | null {
  let i = m.tokenStart - 1;
  const lowest = Math.max(floor, sentence.tokenStart, m.tokenStart - 8);
  while (i >= lowest) {
    const t = tokens[i]!;
    if (t.pos === 'ADP' || t.pos === 'SCONJ') return t.lower;
    if (t.lower === 'and' || t.lower === ',' || t.lower === 'or') {
      i--;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return null;
    i--;
  }
  return null;
}

/** "was signed by", "were killed": be-auxiliary (an adverb may intervene) before a past-looking verb trigger */
function isPassive(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): boolean {
  const head = tokens[trigger.tokenStart]!;
  if (trigger.pos !== 'VERB' && trigger.pos !== 'ADJ') return false;
  if (!isPastForm(head.lower)) return false;
  return passiveAuxiliaryBefore(tokens, trigger.tokenStart, sentence.tokenStart, EVENTS_PASSIVE) >= 0;
}

/**
 * The events stage's reading of a passive (src/nlp/passive.ts): a word of arguments.json `passiveAux` ("get" and
 * "got" too) within three words before the trigger, adverbs and "not" between ("was not attacked" is as passive as "was attacked").
 */
const EVENTS_PASSIVE: PassiveReading = {
  auxiliary: (t) => PASSIVE_AUX.has(t.lower),
  notBetween: true,
  maxBetween: 2,
};

