import argumentData from '../../data/events/arguments.json';
import statusData from '../../data/events/status.json';
import type { Sentence, Token } from '../../document';
import type { EventStatus } from '../../schema';
import { isPastForm, lemmasOf } from '../../nlp/morphology';
import { hasSpeechRole } from '../../nlp/speech-verbs';
import type { StatusEvidence, TriggerMatch } from './types';
import { openingParenthesisBefore } from '../../nlp/parentheses';
import { tokenAtIndex } from '../../nlp/token-at-index';

type CueStatus = EventStatus | 'conditional';

interface StatusData {
  rank: CueStatus[];
  negationWindow: number;
  negationWords: string[];
  doubleNegatives: string[][];
  cues: Record<string, string[][]>;
  boundaries: string[];
  pastAux: string[];
  presentBe: string[];
  reportedFutureModals: string[];
  auxiliaryCues: string[];
  occurrenceVerbs: string[];
  negatedOccurrence: string[][];
  negatedOccurrencePassives: string[];
  negatedOccurrenceAlone: string[];
  negatedOccurrenceControl: string[];
  negativeObjects: string[];
  preventionVerbs: string[];
  demandVerbs: string[];
  demandNouns: string[];
  demandPreposition: string;
}

const data = statusData as unknown as StatusData;
const RANK: ReadonlyMap<CueStatus, number> = new Map(data.rank.map((status, i) => [status, i]));
const BOUNDARIES = new Set(data.boundaries);
const PAST_AUX = new Set(data.pastAux);
const PRESENT_BE = new Set(data.presentBe);
const NEGATION_WINDOW = data.negationWindow;
const NEGATION_WORDS: ReadonlySet<string> = new Set(data.negationWords);
const REPORTED_FUTURE = new Set(data.reportedFutureModals);
const AUXILIARY_CUES = new Set(data.auxiliaryCues);
const OCCURRENCE_VERBS: ReadonlySet<string> = new Set(data.occurrenceVerbs);
const NEGATED_OCCURRENCE: readonly (readonly string[])[] = data.negatedOccurrence;
const NEGATED_OCCURRENCE_PASSIVES: ReadonlySet<string> = new Set(data.negatedOccurrencePassives);
const NEGATED_OCCURRENCE_ALONE: ReadonlySet<string> = new Set(data.negatedOccurrenceAlone);
const NEGATED_OCCURRENCE_CONTROL: ReadonlySet<string> = new Set(data.negatedOccurrenceControl);
const NEGATIVE_OBJECTS: ReadonlySet<string> = new Set(data.negativeObjects);
/** what may stand between a negation word and the verb it negates ("not yet been held", "never even took place") */
const NEGATED_GROUP_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
const MAX_NEGATED_GROUP = 3;
const PREVENTION_VERBS: ReadonlySet<string> = new Set(data.preventionVerbs);
const DEMAND_VERBS: ReadonlySet<string> = new Set(data.demandVerbs);
const DEMAND_NOUNS: ReadonlySet<string> = new Set(data.demandNouns);
const DEMAND_PREPOSITION = data.demandPreposition;
/** what may stand between a prevention verb and the noun it stops: "blocked [the proposed] deal" */
const OBJECT_MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PROPN', 'PART', 'NOUN']);
const OBJECT_REACH = 5;
const DOUBLE_NEGATIVES: readonly (readonly string[])[] = data.doubleNegatives;
const PARTICIPATION_VERBS: ReadonlySet<string> = new Set((argumentData as unknown as { participationVerbs: string[] }).participationVerbs);

/** cue sequences indexed by first token */
const CUES: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; status: CueStatus }>> = (() => {
  const byFirst = new Map<string, Array<{ words: readonly string[]; status: CueStatus }>>();
  for (const [status, list] of Object.entries(data.cues)) {
    for (const words of list) {
      const first = words[0];
      if (first === undefined) continue;
      const entry = byFirst.get(first) ?? [];
      entry.push({ words, status: status as CueStatus });
      byFirst.set(first, entry);
    }
  }
  return byFirst;
})();

/** every word of every cue or double negative: a verb that is part of a cue ("refused to confirm", "did not rule out") never ends a noun trigger's clause */
const CUE_WORDS: ReadonlySet<string> = new Set([...Object.values(data.cues).flat(2), ...data.doubleNegatives.flat()]);

/** a word of a cue, or a denial ("denied the attack"), which is one too */
function isCueWord(token: Token): boolean {
  return CUE_WORDS.has(token.lower) || hasSpeechRole(token, 'denial');
}

/** how far a clause is read either side of the trigger, in tokens */
const BACK_LIMIT = 14;
const FORWARD_LIMIT = 10;

export interface StatusDecision {
  status: EventStatus;
  evidence: StatusEvidence;
}

/**
 * The status of one event mention, read from its clause: the tokens around
 * the trigger up to a clause boundary (punctuation, "but", "while", ...).
 * Cues from status.json decide first, by rank (unconfirmed beats a
 * condition, which beats a negation, ...); negation only counts close to the
 * trigger (`negatedNear`). Without a cue, an infinitive ("to meet") is
 * planned, the tense of the trigger or of the nearest verb decides between
 * occurred and ongoing; `futureTime` (the linked time lies after the
 * reference date) makes a cue-less mention planned.
 */
export function decideStatus(
  tokens: readonly Token[],
  sentence: Sentence,
  trigger: TriggerMatch,
  futureTime: boolean,
): StatusDecision {
  // "The meeting, called for Tuesday, was cancelled": a participle aside is read as part of the noun trigger,
  // so the noun's own verb after it ("was cancelled") is as near as without the aside
  const asideEnd = trigger.pos === 'VERB' ? trigger.tokenEnd : afterParticipleAside(tokens, sentence, trigger.tokenEnd);
  if (asideEnd > trigger.tokenEnd) trigger = { ...trigger, tokenEnd: asideEnd };
  const from = clauseStart(tokens, sentence, trigger);
  const to = clauseEnd(tokens, sentence, trigger);
  const possibility = doubleNegativeTokens(tokens, sentence, from, to);
  let best: CueStatus | null = possibility.size > 0 ? 'possible' : null;
  for (let i = from; i < to; i++) {
    if ((i >= trigger.tokenStart && i < trigger.tokenEnd) || possibility.has(i)) continue;
    const candidates = CUES.get(tokens[i]!.lower);
    if (!candidates) continue;
    if (AUXILIARY_CUES.has(tokens[i]!.lower) && tokens[i]!.pos !== 'AUX') continue;
    for (const cue of candidates) {
      if (!matchesAt(tokens, i, to, cue.words)) continue;
      if (cue.status === 'negated' && (!nearTrigger(i, cue.words.length, trigger) || negatesItsInfinitive(tokens, i, cue.words, trigger))) continue;
      const status = cue.status === 'possible' && REPORTED_FUTURE.has(cue.words[0]!) && reportedBefore(tokens, sentence.tokenStart, i) ? 'planned' : cue.status;
      if (best === null || RANK.get(status)! < RANK.get(best)!) best = status;
    }
  }
  if ((negatedNear(tokens, sentence, trigger, from, to, possibility) || preventedObject(tokens, sentence, trigger)) && (best === null || RANK.get('negated')! < RANK.get(best)!)) best = 'negated';
  if (demandedObject(tokens, sentence, trigger) && (best === null || RANK.get('possible')! < RANK.get(best)!)) best = 'possible';
  if (best !== null) return { status: best === 'conditional' ? 'possible' : best, evidence: 'cue' };
  const byTense = tenseStatus(tokens, sentence, trigger, to);
  if (futureTime && byTense.evidence !== 'tense') return { status: 'planned', evidence: 'cue' };
  return byTense;
}

/**
 * "Negotiators at the UN climate summit failed to agree": a negation cue that
 * takes an infinitive ("failed to", "refused to"), after a noun trigger,
 * negates the verb it governs, not the noun before it, unless that verb says
 * the event took place ("the summit failed to take place", "talks failed to
 * start"; status.json occurrenceVerbs).
 */
function negatesItsInfinitive(tokens: readonly Token[], i: number, words: readonly string[], trigger: TriggerMatch): boolean {
  if (words[words.length - 1] !== 'to' || i < trigger.tokenEnd || trigger.pos !== 'NOUN') return false;
  const verb = tokens[i + words.length];
  return verb !== undefined && verb.sentence === tokens[i]!.sentence && !lemmasOf(verb).some((l) => OCCURRENCE_VERBS.has(l));
}

function matchesAt(tokens: readonly Token[], i: number, to: number, words: readonly string[]): boolean {
  if (i + words.length > to) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) return false;
  return true;
}

/**
 * A negation reaches the trigger when a negation word or a denial stands
 * within `negationWindow` tokens of it ("did not meet", "no meeting", "the
 * meeting did not take place", "denied the attack"), and the negation
 * scope on the token layer (token.negated) does not say otherwise. That
 * scope ends at a new clause (src/nlp/negation-scope.ts) but still reads over
 * a verb's complement ("did not elaborate on the statement", "is not linked
 * with the probe into the bombings"), and
 * misses a modal's negation ("may not meet"), so it is used to veto: a scope
 * opened at the negation word that ends before the trigger leaves the
 * trigger alone. A negation after the trigger is beyond any scope and
 * counts only through a verb saying the event took place (negatesOccurrence:
 * any verb there was wrong 46 times of 46 on the five corpora, a sample of
 * consequence verbs, 'did not result in'), or, after a VERB trigger, through
 * a negative object ('attacked no towns'); an -ing denial after a noun modifies it ("a statement
 * denying responsibility"). The scope alone gives another answer too often to
 * replace this: of 3,780 events on PolNeAR train (held-back slice left out),
 * 76 are negated by both, 50 negated here with the trigger outside the scope,
 * and 164 have the trigger in the scope but another status (read by hand in a
 * sample of 40: 22 right, "won't vote", 18 wrong, "prevent super PACs from
 * buying elections", "had they not ended the night with her speech").
 */
function negatedNear(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch, from: number, to: number, possibility: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) {
    if ((i >= trigger.tokenStart && i < trigger.tokenEnd) || possibility.has(i) || !nearTrigger(i, 1, trigger)) continue;
    const t = tokens[i]!;
    if (hasSpeechRole(t, 'denial') && !t.lower.endsWith('ing')) return true;
    if (negativeObject(tokens, trigger, i)) return true;
    if (!NEGATION_WORDS.has(t.lower)) continue;
    if (i >= trigger.tokenEnd) {
      if (negatesOccurrence(tokens, sentence, i)) return true;
      continue;
    }
    const scopeOpened = tokens[i + 1]?.negated === true;
    if (!scopeOpened || tokens[trigger.tokenStart]!.negated) return true;
  }
  return false;
}

/**
 * "The meeting did not take place", "the talks were not held": a negation word after the trigger, at `negation`,
 * negates it only through a verb that says the event took place (status.json negatedOccurrence; the passives of
 * negatedOccurrencePassives, "the deal was never signed"; those of negatedOccurrenceAlone when the clause ends after
 * them, "the attack never came."), read through a verb letting it happen and its "to" ("was not allowed to go
 * ahead"). Any other verb is what it negates ("those talks didn't result in any changes", "the bombings would not
 * prevent ...", "talks after no deal was reached"). Read over the auxiliaries and adverbs of the negated verb group,
 * to the sentence's end: a noun trigger's clause stops at its verb.
 */
function negatesOccurrence(tokens: readonly Token[], sentence: Sentence, negation: number): boolean {
  let k = negation + 1;
  while (k < sentence.tokenEnd && k - negation <= MAX_NEGATED_GROUP && NEGATED_GROUP_POS.has(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  if (k >= sentence.tokenEnd || verb === undefined || verb.pos !== 'VERB') return false;
  const lemmas = lemmasOf(verb);
  // the passive is read on the negated verb group alone ('the attack was never launched'), so a "be" of a clause
  // between the trigger and the negation ('the ceasefire that was agreed ... did not hold') makes no passive
  if (lemmas.some((l) => NEGATED_OCCURRENCE_PASSIVES.has(l)) && passiveBetween(tokens, negation - 1, k)) return true;
  if (lemmas.some((l) => NEGATED_OCCURRENCE_ALONE.has(l)) && endsClause(tokens, k + 1, sentence)) return true;
  if (lemmas.some((l) => NEGATED_OCCURRENCE_CONTROL.has(l)) && tokens[k + 1]?.lower === 'to' && k + 2 < sentence.tokenEnd) {
    const governed = lemmasOf(tokens[k + 2]!);
    return NEGATED_OCCURRENCE.some((words) => governed.includes(words[0]!) && matchesAt(tokens, k + 2, sentence.tokenEnd, words));
  }
  return NEGATED_OCCURRENCE.some((words) => lemmas.includes(words[0]!) && matchesAt(tokens, k, sentence.tokenEnd, words));
}

/** a form of "be" among the tokens [from, to): the verb group is passive ("were not held", "has not been staged") */
function passiveBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (lemmasOf(tokens[k]!).includes('be')) return true;
  return false;
}

/** nothing of the clause follows: the sentence's end or a punctuation mark ("the attack never came." / ", officials said") */
function endsClause(tokens: readonly Token[], next: number, sentence: Sentence): boolean {
  return next >= sentence.tokenEnd || tokens[next]?.pos === 'PUNCT';
}

/**
 * "Rebels attacked no towns": a VERB trigger whose object, right after it, is negative (status.json negativeObjects,
 * or "no" before a noun or "one") had no target; "attacked no fewer than ten towns", "no longer" are not objects.
 */
function negativeObject(tokens: readonly Token[], trigger: TriggerMatch, negation: number): boolean {
  if (trigger.pos !== 'VERB' || negation !== trigger.tokenEnd) return false;
  const t = tokens[negation]!;
  if (NEGATIVE_OBJECTS.has(t.lower)) return true;
  const next = tokenAtIndex(tokens, negation + 1);
  return t.lower === 'no' && next !== undefined && (next.pos === 'NOUN' || next.lower === 'one');
}

/**
 * "The CMA blocked the deal in April", "lawmakers rejected the agreement": a
 * noun trigger that is the object of a verb stopping it did not come about.
 * Read only before the trigger, across its determiners and modifiers, since a
 * noun trigger's clause stops at such a verb and a prevention after the
 * trigger has the trigger as its subject ("the attack blocked the road").
 */
function preventedObject(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): boolean {
  return objectOf(tokens, sentence, trigger, (i) => lemmasOf(tokens[i]!).some((l) => PREVENTION_VERBS.has(l)));
}

/**
 * "called for an emergency meeting", "calls for steep new tariffs": a noun trigger heading the object of a demand
 * (status.json demandPreposition, 'for', after a verb of demandVerbs) is asked for, not yet real.
 */
function demandedObject(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): boolean {
  return objectOf(tokens, sentence, trigger, (i) => tokens[i]!.lower === DEMAND_PREPOSITION && i - 1 >= sentence.tokenStart && isDemandWord(tokens[i - 1]!));
}

/**
 * A demand verb, or its noun where the noun still asks ("a push for", "an appeal for"; status.json demandNouns):
 * the noun "press" is the news media ("told the press for the summit"), no demand.
 */
function isDemandWord(token: Token): boolean {
  const lemmas = lemmasOf(token);
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return lemmas.some((l) => DEMAND_NOUNS.has(l));
  return lemmas.some((l) => DEMAND_VERBS.has(l));
}

/** Whether `governs` holds at a token right before the noun trigger, across only its determiners and modifiers. */
function objectOf(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch, governs: (i: number) => boolean): boolean {
  if (trigger.pos !== 'NOUN') return false;
  const limit = Math.max(sentence.tokenStart, trigger.tokenStart - OBJECT_REACH);
  for (let i = trigger.tokenStart - 1; i >= limit; i--) {
    const token = tokens[i]!;
    if (governs(i)) return true;
    // "the proposed deal": a participle after a determiner modifies the noun
    const participle = token.pos === 'VERB' && tokens[i - 1]?.pos === 'DET';
    if (!OBJECT_MODIFIER_POS.has(token.pos) && !participle) return false;
  }
  return false;
}

/**
 * The tokens of double negatives ("could not be ruled out", "did not rule
 * out") opening in the clause: a possibility, so their negation word and
 * "ruled out" must not negate the event. Read to the sentence's end, since a
 * noun trigger's clause stops at its verb ("elections could not be ruled").
 */
function doubleNegativeTokens(tokens: readonly Token[], sentence: Sentence, from: number, to: number): Set<number> {
  const covered = new Set<number>();
  for (let i = from; i < to; i++) {
    for (const words of DOUBLE_NEGATIVES) {
      if (tokens[i]!.lower !== words[0] || !matchesAt(tokens, i, sentence.tokenEnd, words)) continue;
      for (let k = i; k < i + words.length; k++) covered.add(k);
    }
  }
  return covered;
}

function nearTrigger(i: number, length: number, trigger: TriggerMatch): boolean {
  const end = i + length;
  return (end <= trigger.tokenStart && trigger.tokenStart - end < NEGATION_WINDOW) ||
    (i >= trigger.tokenEnd && i - trigger.tokenEnd < NEGATION_WINDOW);
}

/** a reporting verb shortly before the modal, in the same sentence ("said Biden and Xi would meet") */
function reportedBefore(tokens: readonly Token[], sentenceStart: number, modal: number): boolean {
  for (let k = modal - 1; k >= sentenceStart && k >= modal - 12; k--) if (hasSpeechRole(tokens[k]!, 'reporting')) return true;
  return false;
}

/**
 * Backwards to a boundary; a parenthetical aside ("APEC (Asia-Pacific ...)
 * summit") is stepped over whole. A noun trigger's clause also ends at a
 * verb it does not take part through ("will build on the talks").
 */
function clauseStart(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): number {
  const triggerStart = trigger.tokenStart;
  const nominal = trigger.pos !== 'VERB' && tokens[triggerStart]!.pos !== 'VERB';
  const limit = Math.max(sentence.tokenStart, triggerStart - BACK_LIMIT);
  let i = triggerStart;
  while (i > limit) {
    const t = tokens[i - 1]!;
    const lower = t.lower;
    if (nominal && t.pos === 'VERB' && tokens[i]?.lower !== 'to' && !isCueWord(t) && !participates(t)) return conditionalOpenerBefore(tokens, sentence, i - 1) ?? i;
    if (lower === ')') {
      const open = openingParenthesisBefore(tokens, i - 1, Math.max(sentence.tokenStart, i - 13));
      if (open < 0) return i;
      i = open;
      continue;
    }
    if (lower === '(' || BOUNDARIES.has(lower)) break;
    i--;
  }
  return i;
}

/** single-word openers of a condition ("if", "unless", "whether"), from the conditional cues */
const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(data.cues.conditional!.filter((words) => words.length === 1).map((words) => words[0]!));

/**
 * "If repeated at a general election, ...": a noun trigger's clause ends
 * backwards at its governing verb, but a condition opening right before that
 * verb (an adverb may stand between) holds the trigger too, so the opener is
 * where the clause starts; else null.
 */
function conditionalOpenerBefore(tokens: readonly Token[], sentence: Sentence, verb: number): number | null {
  let k = verb - 1;
  if (k >= sentence.tokenStart && tokens[k]!.pos === 'ADV') k--;
  return k >= sentence.tokenStart && CONDITIONAL_OPENERS.has(tokens[k]!.lower) ? k : null;
}

function participates(token: Token): boolean {
  return lemmasOf(token).some((l) => PARTICIPATION_VERBS.has(l));
}

/**
 * Forwards to a boundary. A verb trigger's clause also ends at the next verb,
 * which starts the reported content ("announced it would join"); a noun
 * trigger's ends just after its own verb chain ("the meeting has not been
 * confirmed", "is likely to take place"), not in that verb's object.
 */
function clauseEnd(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch): number {
  const limit = Math.min(sentence.tokenEnd, trigger.tokenEnd + FORWARD_LIMIT);
  const verbal = trigger.pos === 'VERB';
  let i = trigger.tokenEnd;
  while (i < limit) {
    const t = tokens[i]!;
    if (BOUNDARIES.has(t.lower) || t.lower === '(' || t.lower === ')') break;
    if (verbal && (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that')) break;
    // the verb's whole cue counts: "was called off", not "was called"
    if (!verbal && t.pos === 'VERB' && tokens[i + 1]?.lower !== 'to') return i + cueLengthAt(tokens, sentence, i);
    i++;
  }
  return i;
}

/** how many tokens a participle aside after a noun trigger may span, its commas included */
const ASIDE_SIZE = 9;

/**
 * ", called for Tuesday," ", planned since May,": right after a noun trigger, a comma, a past participle or a
 * relative pronoun, and a closing comma followed by a verb or auxiliary (the noun's own verb): the index after the
 * closing comma. Otherwise `at` itself, so a comma still ends the clause ("the meeting, and then he left").
 */
function afterParticipleAside(tokens: readonly Token[], sentence: Sentence, at: number): number {
  const opener = tokens[at + 1];
  if (tokens[at]?.lower !== ',' || !opener) return at;
  const participle = opener.pos === 'VERB' && isPastForm(opener.lower);
  if (!participle && opener.lower !== 'which' && opener.lower !== 'who') return at;
  const limit = Math.min(sentence.tokenEnd - 1, at + ASIDE_SIZE);
  for (let k = at + 2; k < limit; k++) {
    const t = tokens[k]!;
    if (t.lower === ',') {
      const next = tokens[k + 1]!;
      return next.pos === 'VERB' || next.pos === 'AUX' ? k + 1 : at;
    }
    if (BOUNDARIES.has(t.lower) || t.lower === '(' || t.lower === ')') return at;
  }
  return at;
}

/** the length of the longest status cue opening at token `i` ("called off"), else 1 */
function cueLengthAt(tokens: readonly Token[], sentence: Sentence, i: number): number {
  let length = 1;
  for (const cue of CUES.get(tokens[i]!.lower) ?? []) {
    if (cue.words.length > length && matchesAt(tokens, i, sentence.tokenEnd, cue.words)) length = cue.words.length;
  }
  return length;
}

/**
 * No cue: a verb trigger speaks for itself ("met", "is holding"); a noun
 * trigger takes the tense of the nearest verb or auxiliary in its clause
 * ("the meeting took place"). Past means occurred with evidence; anything
 * else stays occurred by default, news being mostly about what happened.
 */
function tenseStatus(tokens: readonly Token[], sentence: Sentence, trigger: TriggerMatch, to: number): StatusDecision {
  const head = tokens[trigger.tokenEnd - 1]!;
  if (trigger.pos === 'VERB' || head.pos === 'VERB') {
    const before = tokens[trigger.tokenStart - 1];
    const before2 = tokens[trigger.tokenStart - 2];
    const aux = [before, before2].find((t) => t && t.sentence === head.sentence && (t.pos === 'AUX' || t.pos === 'PART'));
    if (head.lower.endsWith('ing') && aux && PRESENT_BE.has(aux.lower)) return { status: 'ongoing', evidence: 'tense' };
    if (before?.lower === 'to') return { status: 'planned', evidence: 'tense' };
    if (aux && PAST_AUX.has(aux.lower)) return { status: 'occurred', evidence: 'tense' };
    if (isPastForm(head.lower)) return { status: 'occurred', evidence: 'tense' };
    // a bare gerund ("after meeting in Phnom Penh") takes the tense of the verb it hangs on
    if (head.lower.endsWith('ing') && !aux) {
      for (let i = trigger.tokenStart - 1; i >= sentence.tokenStart && i >= trigger.tokenStart - 15; i--) {
        const verdict = verbTense(tokens[i]!);
        if (verdict) return verdict;
      }
    }
    return { status: 'occurred', evidence: 'default' };
  }
  // nearest verb or auxiliary after the trigger within the clause, then before it
  for (let i = trigger.tokenEnd; i < to; i++) {
    const verdict = verbTense(tokens[i]!);
    if (verdict) return verdict;
  }
  for (let i = trigger.tokenStart - 1; i >= sentence.tokenStart && i >= trigger.tokenStart - 8; i--) {
    // governed by an infinitive ("pushed to impose export controls"): not done yet
    if (tokens[i]!.pos === 'VERB' && tokens[i - 1]?.lower === 'to') return { status: 'planned', evidence: 'tense' };
    const verdict = verbTense(tokens[i]!);
    if (verdict) return verdict;
  }
  return { status: 'occurred', evidence: 'default' };
}

function verbTense(token: Token): StatusDecision | null {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return null;
  if (PAST_AUX.has(token.lower) || isPastForm(token.lower)) return { status: 'occurred', evidence: 'tense' };
  return { status: 'occurred', evidence: 'default' };
}
