import type { Token } from '../../document';
import data from '../../data/quotes/deed-contents.json';
import { isVerbal } from './boundaries';
import { tokensOf, type UnjudgedQuote } from './features';
import { WH_COMPLEMENTIZERS } from './wh-complementizers';

/**
 * Paraphrases whose cue is a speech or stance verb but whose content names no
 * words (src/data/quotes/deed-contents.json says where each list was measured):
 * a content that is only a time setting ('will report in May'), a stance
 * given up ('stopped supporting the project'), a decision on an offer to
 * buy ('rejected a takeover offer') and a refusal to speak ('declined to
 * comment on the trial', 'refused to say whether anyone would be charged':
 * that nothing was said) and a name alone after 'for' or 'against' ('campaigned
 * for Collins'). speech-acts.ts drops them.
 */

const SETTING_WORDS: ReadonlySet<string> = new Set(data.settingWords);
const MONTHS: ReadonlySet<string> = new Set(data.months);
const SETTING_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NUM', 'PUNCT']);
const HALTING: ReadonlySet<string> = new Set(data.haltingVerbs);
const DEAL_VERBS: ReadonlySet<string> = new Set(data.dealVerbs);
const DEAL_NOUNS: ReadonlySet<string> = new Set(data.dealNouns);
const PRICE_NOUNS: ReadonlySet<string> = new Set(data.priceNouns);
const REFUSAL_VERBS: ReadonlySet<string> = new Set(data.refusalVerbs);
const SPEAKING_VERBS: ReadonlySet<string> = new Set(data.speakingVerbs);
const PASSIVE_SPEAKING_VERBS: ReadonlySet<string> = new Set(data.passiveSpeakingVerbs);
const NAME_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(data.nameOnlyPrepositions);
const COMMITMENT_VERBS: ReadonlySet<string> = new Set(data.commitmentVerbs);
const PLEA_VERBS: ReadonlySet<string> = new Set(data.pleaVerbs);
const CHARGE_NOUNS: ReadonlySet<string> = new Set(data.chargeNouns);

/** Whether the paraphrase `q` with its cue head at token `head` reports a deed, not words. */
export function reportsDeed(tokens: readonly Token[], q: UnjudgedQuote, head: number): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  return (
    onlySetting(tokens, from, to) ||
    haltedStance(tokens, head) ||
    dealDecision(tokens, head, from, to) ||
    refusesToSpeak(tokens, head, from, to) ||
    onlyNameAfterPreposition(tokens, from, to) ||
    commitsToDeed(tokens, head, from, to) ||
    pleadsToCharge(tokens, head, from, to)
  );
}

/** The first token of the infinitive's verb when the content opens at 'to' (or right after a 'to' the frame took into the cue), else -1. */
function infinitiveVerb(tokens: readonly Token[], from: number, to: number): number {
  const verb = tokens[from]?.lower === 'to' ? from + 1 : tokens[from - 1]?.lower === 'to' ? from : -1;
  return verb >= 0 && verb < to ? verb : -1;
}

/** 'agreed to buy Nexora': a commitment verb with a to-infinitive names a deed the subject took on, no words ('agreed that' stays). */
function commitsToDeed(tokens: readonly Token[], head: number, from: number, to: number): boolean {
  if (!tokens[head]!.lemmas.some((l) => COMMITMENT_VERBS.has(l))) return false;
  const verb = infinitiveVerb(tokens, from, to);
  return verb >= 0 && (tokens[verb]!.pos === 'VERB' || tokens[verb]!.pos === 'AUX');
}

/** 'admitted 14 counts of fraud', 'admitted manslaughter': a plea verb whose object names a charge; 'admitted he was there' stays. */
function pleadsToCharge(tokens: readonly Token[], head: number, from: number, to: number): boolean {
  if (!tokens[head]!.lemmas.some((l) => PLEA_VERBS.has(l)) || tokens[from]?.lower === 'that') return false;
  const end = objectPhraseEnd(tokens, from, to);
  if (end > from && end < to && opensPredicate(tokens[end]!)) return false;
  for (let k = from; k < end; k++) if (CHARGE_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * 'who campaigned for Collins in October', 'voted for Trump', 'railed against Christie': a content that is only a
 * name after 'for' or 'against' (deed-contents.json `nameOnlyPrepositions`) says whom a deed or stance was for, no words.
 */
function onlyNameAfterPreposition(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || !NAME_ONLY_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '')) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.pos !== 'PROPN') return false;
  return true;
}

/** 'declined', 'refused': a verb refusing what its infinitive names (catenative-subject.ts leaves its infinitive unspoken). */
export function isRefusalVerb(t: Token): boolean {
  return t.lemmas.some((l) => REFUSAL_VERBS.has(l));
}

/** 'declined to comment on the trial', 'refused to be drawn on the bid': a refusal verb with an infinitive of speaking, active or passive (a refusal of a deed is left to the other checks). */
function refusesToSpeak(tokens: readonly Token[], head: number, from: number, to: number): boolean {
  if (!isRefusalVerb(tokens[head]!)) return false;
  // the content opens at 'to' ('to comment on ...') or, where the frame took the marker as part of the cue, right after it
  const verb = infinitiveVerb(tokens, from, to);
  if (verb < 0) return false;
  const t = tokens[verb]!;
  // 'refused to be drawn on the bid', 'declined to be interviewed': a passive of speaking
  const participle = tokens[verb + 1];
  if (t.lower === 'be' && participle !== undefined && verb + 1 < to && participle.pos === 'VERB') return participle.lemmas.some((l) => PASSIVE_SPEAKING_VERBS.has(l) || SPEAKING_VERBS.has(l));
  return t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN' ? t.lemmas.some((l) => SPEAKING_VERBS.has(l)) : false;
}

/**
 * 'Reed declined to say whether the plan was "a disaster"', 'refused to comment on what ...': a refusal to speak
 * whose infinitive takes a question (words.json `whComplementizers`, after a preposition at most) names what the
 * speaker was asked; quoted words in it are the asker's or someone else's, not the speaker's. speech-acts.ts drops
 * such a partial quote ('refused to say the words "radical Islam"', 'declined to publicly detail the investigation's
 * "specific focus"' stay: PolNeAR annotates them as the speaker's).
 */
export function refusesToAnswer(tokens: readonly Token[], q: UnjudgedQuote, head: number): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  if (!refusesToSpeak(tokens, head, from, to)) return false;
  let k = infinitiveVerb(tokens, from, to) + 1;
  if (tokens[k]?.pos === 'ADP' && !WH_COMPLEMENTIZERS.has(tokens[k]!.lower)) k++;
  return k < to && WH_COMPLEMENTIZERS.has(tokens[k]!.lower);
}

/** 'will report in May', 'reported just today': nothing but a time setting (a number alone is a figure, kept). */
export function onlySetting(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // months by their written form: lower-case 'march' and 'may' are a noun and a verb ('announced a march on Saturday')
    if (SETTING_WORDS.has(t.lower) || MONTHS.has(t.text)) words++;
    else if (!SETTING_POS.has(t.pos)) return false;
  }
  return words > 0;
}

/** 'stopped supporting the project': a cue in '-ing' right after a verb of stopping. */
function haltedStance(tokens: readonly Token[], head: number): boolean {
  const cue = tokens[head]!;
  const before = tokens[head - 1];
  return cue.lower.endsWith('ing') && before !== undefined && before.pos === 'VERB' && before.lemmas.some((l) => HALTING.has(l));
}

/**
 * 'rejected a takeover offer from Globex', 'rejected a $2 billion bid': a deal verb whose object's first
 * noun phrase holds a deal noun, or an offer or bid with a sum or 'cash' ('Trump's offer' stays a stance).
 */
function dealDecision(tokens: readonly Token[], head: number, from: number, to: number): boolean {
  if (!tokens[head]!.lemmas.some((l) => DEAL_VERBS.has(l))) return false;
  let deal = false;
  let price = false;
  let priced = false;
  const end = objectPhraseEnd(tokens, from, to);
  // 'accepted the merger had been a mistake': the phrase is the subject of a reported clause, not an object
  if (end > from && end < to && opensPredicate(tokens[end]!)) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    deal ||= DEAL_NOUNS.has(t.lower);
    price ||= PRICE_NOUNS.has(t.lower);
    priced ||= t.pos === 'NUM' || t.text === '$' || /cash$/.test(t.lower);
  }
  return deal || (price && priced);
}

/**
 * Where the object's first noun phrase ends: at a preposition, 'that', a verb, or a determiner, pronoun or name
 * after a noun that opens the next phrase ('rejected suggestions that the merger would cost jobs', 'rejected claims
 * the takeover was hostile': the deal noun is the reported clause's, not the object's; 'a takeover offer Harlow
 * Foods made' keeps its deal noun).
 */
function objectPhraseEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' || t.lower === 'that') return k;
    if (k > from && (isVerbal(t) || (tokens[k - 1]!.pos === 'NOUN' && NEXT_PHRASE_POS.has(t.pos)))) return k;
  }
  return to;
}

/** Tags that, after a noun, open another noun phrase. */
const NEXT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN']);

/**
 * A finite verb right after the phrase: an auxiliary or a verb not in '-ed' or '-ing' ('the merger had been',
 * 'the merger cost jobs'); 'an offer valued at $2 billion' is a participle on the object.
 */
function opensPredicate(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower));
}
