import type { Sentence, Token } from '../../document';
import tenseData from '../../data/time/tense.json';
import { isPastForm } from '../../nlp/morphology';
import { hasSpeechRole } from '../../nlp/speech-verbs';

export type Direction = 'past' | 'future' | null;

const futureAuxiliaries = new Set(tenseData.futureAuxiliaries);
const modalAuxiliaries = new Set(tenseData.modalAuxiliaries);
const futureCues = new Set(tenseData.futureCues);
const beForms = new Set(tenseData.beForms);
const pastBeForms = new Set(tenseData.pastBeForms);
const haveForms = new Set(tenseData.haveForms);
const intentWords = new Set(tenseData.intentWords);
const futurePrepositions = new Set(tenseData.futurePrepositions);
const pastPrepositions = new Set(tenseData.pastPrepositions);
const pastNonEventVerbs = new Set(tenseData.pastNonEventVerbs);
const prospectiveVerbs = new Set(tenseData.prospectiveVerbs);
const prospectiveGovernors = new Set(tenseData.prospectiveGovernors);
const prospectiveGovernorPrepositions = new Set(tenseData.prospectiveGovernorPrepositions);
/** how many words an object noun phrase between a prospective verb and the expression may span */
const OBJECT_SIZE = 5;
const QUOTE_MARK = /^["”’']$/;

/** How far from the expression a verb may be and still decide its direction. */
const WINDOW = 14;
const GROUP_SIZE = 5;
/** How close a past verb must be to override the nearest occurrence of a month. */
const CLOSE_WINDOW = 4;

const isVerbal = (token: Token): boolean => token.pos === 'VERB' || token.pos === 'AUX';

/** "since": a preposition whose date lies before the time of speaking, whatever the verb's tense */
export function opensPastOnly(preposition: string): boolean {
  return pastPrepositions.has(preposition);
}

/** A future auxiliary anywhere in the words ('In January, the minister said, fares will rise'). */
export function hasFutureAuxiliary(words: readonly { lower: string }[]): boolean {
  return words.some((w) => futureAuxiliaries.has(w.lower));
}

/**
 * Whether the clause around token `at` speaks of the past or the future, read
 * from the nearest verb group: "said on Tuesday" is past, "will meet on
 * Friday" and "scheduled for Friday" future. Prefers the verb before the
 * expression, as in news the time adjunct usually follows its verb.
 */
export function directionAt(tokens: readonly Token[], sentence: Sentence, at: number, end: number): Direction {
  // "until Tuesday", "by Friday" look ahead; "since Tuesday" looks back
  const preposition = tokens[at - 1]?.lower ?? '';
  if (futurePrepositions.has(preposition)) return 'future';
  if (pastPrepositions.has(preposition)) return 'past';
  if (datesProspectiveObject(tokens, sentence, at)) return 'future';
  const { direction: left, crossedComma } = leftDirection(tokens, sentence, at, Math.max(sentence.tokenStart, at - WINDOW));
  if (left !== undefined && !crossedComma) return left;
  // across a comma the verb right after the expression governs it ("though the US on Thursday said")
  const right = rightDirection(tokens, sentence, end, left === undefined ? WINDOW : 2);
  if (right !== undefined) return right;
  if (left !== undefined) return left;
  // no verb near: a list of dates keeps the verb that opened it ("I am going to Italy in November, ..., Mexico in January, the FFFF in April")
  return leftDirection(tokens, sentence, at, sentence.tokenStart).direction ?? null;
}

/**
 * "The central bank signalled a rate cut in February": the expression closes the object of a verb whose object
 * lies ahead (signal, forecast, expect, plan: tense.json prospectiveVerbs), so it dates that object, which is
 * still to come, whatever the verb's tense ("has scheduled a news conference Thursday": the coming Thursday, as
 * TempEval annotates it). Only across an object with a common noun: "signalled on Tuesday" dates the signal, and
 * "expected him in March" has no object event.
 */
function datesProspectiveObject(tokens: readonly Token[], sentence: Sentence, at: number): boolean {
  let i = at - 1;
  // "a February cut": the date modifies the object's head right after it, so the object already has its noun
  let sawNoun = premodifiesNoun(tokens, at);
  if (!sawNoun && tokens[i]?.pos === 'ADP') i--;
  const objectEnd = i;
  for (const limit = Math.max(sentence.tokenStart, objectEnd - OBJECT_SIZE); i >= limit; i--) {
    const token = tokens[i]!;
    if (sawNoun && i < objectEnd && isProspectiveVerb(tokens, i)) return true;
    // "open for a February cut", "calls for a vote in March": a noun or adjective whose complement lies ahead
    if (sawNoun && token.pos === 'ADP' && governsProspectively(tokens, i)) return true;
    if (token.pos === 'NOUN' || nounHeadTaggedVerb(tokens, i)) sawNoun = true;
    else if (token.pos !== 'ADJ' && token.pos !== 'DET' && token.pos !== 'NUM' && token.pos !== 'PROPN') return false;
  }
  return false;
}

/** a one-word date between a determiner or adjective and a noun ("a February cut", "its March meeting"): inside the object */
function premodifiesNoun(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.pos;
  const after = tokens[at + 1];
  if (!after || (before !== 'DET' && before !== 'ADJ')) return false;
  // "a February cut": after a determiner and a date no verb can follow, so a verb tag there is the tagger's misreading of a noun
  return after.pos === 'NOUN' || (before === 'DET' && after.pos === 'VERB');
}

/** "for"/"of"/"on" at `i` right after a noun or adjective of tense.json prospectiveGovernors ("door open for", "hopes of") */
function governsProspectively(tokens: readonly Token[], i: number): boolean {
  if (!prospectiveGovernorPrepositions.has(tokens[i]!.lower)) return false;
  // 'left the door "wide open" for': a closing quotation mark may stand between
  const governor = QUOTE_MARK.test(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : tokens[i - 1];
  // the tagger's own ADJ counts too: 'Door open for a cut in March' has its 'open' repaired to a subject's verb in the
  // token layer (pos-repairs.ts), and the door is still open for what is to come
  if (!governor || (governor.pos !== 'NOUN' && governor.pos !== 'ADJ' && governor.tag !== 'ADJ')) return false;
  return prospectiveGovernors.has(governor.lemma) || prospectiveGovernors.has(governor.lower);
}

/** a prospective verb, or one the tagger read as a noun after its subject ("The government forecast slower growth") */
function isProspectiveVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!prospectiveVerbs.has(token.lemma) && !prospectiveVerbs.has(token.lower)) return false;
  if (token.pos === 'VERB') return true;
  const before = tokens[i - 1]?.pos;
  return token.pos === 'NOUN' && (before === 'NOUN' || before === 'PROPN' || before === 'PRON' || swappedObjectHead(tokens, i + 1));
}

/**
 * "..., signals cut in February": in a bare "verb noun preposition" with no subject before it (headline style) wink may
 * swap the two tags (signals/NOUN cut/VERB); a verb-tagged word right after a prospective verb's form and before a
 * preposition of the same sentence is that verb's object.
 */
function swappedObjectHead(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!head || head.pos !== 'VERB' || head.lemma !== head.lower || head.lower.endsWith('ed')) return false;
  if (!next || next.pos !== 'ADP' || next.sentence !== head.sentence) return false;
  if (!before || before.pos !== 'NOUN' || before.sentence !== head.sentence) return false;
  // a bare form only, and no determiner before the prospective word: "the signals failed in February" is a subject and its verb
  const first = tokens[i - 2];
  if (first && first.sentence === head.sentence && (first.pos === 'DET' || first.pos === 'ADJ')) return false;
  return prospectiveVerbs.has(before.lemma) || prospectiveVerbs.has(before.lower);
}

/** "a rate cut": a word tagged as a verb right after a determiner or a noun modifier, heading the object */
function nounHeadTaggedVerb(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.pos;
  return tokens[i]!.pos === 'VERB' && (before === 'NOUN' || before === 'DET' || before === 'ADJ') && tokens[i + 1]?.pos === 'ADP';
}

/**
 * Whether a past verb group governs the expression from close by, in the same clause ("the protests began in
 * April", "fighting broke out on April 2"): strong enough to override the nearest-occurrence default.
 */
export function closePastVerb(tokens: readonly Token[], sentence: Sentence, at: number): boolean {
  // "signalled a rate cut in February": the past verb is a prospective verb's, or the object's head read as one
  if (datesProspectiveObject(tokens, sentence, at)) return false;
  const limit = Math.max(sentence.tokenStart, at - CLOSE_WINDOW);
  for (let i = at - 1; i >= limit; i--) {
    const token = tokens[i]!;
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ') return false;
    if (!isVerbal(token)) continue;
    // a finite simple past only: not "is set for", "to be published", "a summit scheduled for"
    const before = tokens[i - 1];
    if (before && (before.pos === 'AUX' || before.pos === 'PART')) return false;
    if (futureCues.has(token.lower) || intentWords.has(token.lower) || intentWords.has(token.lemma)) return false;
    return token.pos === 'VERB' && isPastForm(token.lower) && classifyGroup(tokens, sentence, i) === 'past';
  }
  return false;
}

/** The direction of the nearest verb group before token `at`, down to `limit`, and whether a comma lies between. */
function leftDirection(tokens: readonly Token[], sentence: Sentence, at: number, limit: number): { direction: Direction | undefined; crossedComma: boolean } {
  let crossedComma = false;
  for (let i = at - 1; i >= limit; i--) {
    const token = tokens[i]!;
    if (token.lower === ';' || token.lower === '--' || token.lower === ':') break;
    if (token.lower === ',') crossedComma = true;
    if (!isVerbal(token)) continue;
    const direction = classifyGroup(tokens, sentence, i);
    // a bare participle ("following an October promise") says nothing: look further
    if (direction === null && token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower) && !isVerbal(tokens[i - 1] ?? token)) continue;
    return { direction, crossedComma };
  }
  return { direction: undefined, crossedComma };
}

/** The direction of the first verb group after the expression ("On Monday, the spokesman said"). */
function rightDirection(tokens: readonly Token[], sentence: Sentence, end: number, window: number): Direction | undefined {
  const rightLimit = Math.min(sentence.tokenEnd, end + window);
  for (let i = end; i < rightLimit; i++) {
    const token = tokens[i]!;
    if (token.lower === ';' || token.lower === '--') return undefined;
    if (isVerbal(token)) {
      // extend to the last verb of the group ("will meet", "has been")
      let last = i;
      // not across "to": in "was forced to resign" the finite verb decides
      while (last + 1 < rightLimit && last - i < GROUP_SIZE && isVerbalOrParticle(tokens[last + 1]!) && tokens[last + 1]!.lower !== 'to') last++;
      return classifyGroup(tokens, sentence, last);
    }
  }
  return undefined;
}

const isVerbalOrParticle = (token: Token): boolean =>
  isVerbal(token) || token.pos === 'PART' || token.pos === 'ADV';

function classifyGroup(tokens: readonly Token[], sentence: Sentence, last: number): Direction {
  let first = last;
  while (first - 1 >= sentence.tokenStart && last - first < GROUP_SIZE && isVerbalOrParticle(tokens[first - 1]!)) first--;
  const after = tokens[last + 1]?.lower;
  let past = false;
  let infinitive = false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    const lower = token.lower;
    if (lower === 'had') return 'past'; // "had been due to expire Friday": a plan already past
    if (futureAuxiliaries.has(lower)) return 'future';
    // "would open in November", "may meet on Friday": modals look ahead
    if (modalAuxiliaries.has(lower)) return 'future';
    // "scheduled for Friday", "has scheduled a news conference Thursday", "is expected to"
    if (futureCues.has(lower) && token.pos !== 'NOUN') return 'future';
    if (lower === 'to' && i < last) infinitive = true;
    if (pastBeForms.has(lower) || haveForms.has(lower) || (isVerbal(token) && isPastForm(lower))) past = true;
  }
  if (tokens[first - 1]?.lower === 'to') infinitive = true;
  // "refused to be drawn on Thursday", "failed to agree on Monday": a past verb saying the act did not happen
  // dates that non-event, so the clause looks back; other infinitives look ahead ("agreed to meet on Friday")
  if (infinitive && pastNonEventBeforeInfinitive(tokens, first, last)) return 'past';
  // "held celebrations to mark the entry on Friday": the verb governing the infinitive decides
  if (infinitive) return governingDirection(tokens, sentence, first - 1) ?? 'future';
  if (past) return 'past';
  const head = tokens[last]!.lower;
  if (beForms.has(head) || (head.endsWith('ing') && beForms.has(tokens[last - 1]?.lower ?? ''))) return 'future';
  if (after === 'to' && beForms.has(head)) return 'future';
  // body text in the simple present reports schedules ("the talks start on Monday");
  // headlines use it for the past, so there it says nothing
  if (sentence.paragraph >= 0 && tokens[last]!.pos === 'VERB' && !head.endsWith('ing')) return 'future';
  return null;
}

/** Whether the group opens with a past form of a refusal or failure verb right before its "to" ("declined to comment"). */
function pastNonEventBeforeInfinitive(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (tokens[i + 1]!.lower !== 'to') continue;
    const token = tokens[i]!;
    return isVerbal(token) && isPastForm(token.lower) && pastNonEventVerbs.has(token.lemma);
  }
  return false;
}

/** The direction of the finite verb left of an infinitive, if there is one near. */
function governingDirection(tokens: readonly Token[], sentence: Sentence, before: number): Direction | undefined {
  const limit = Math.max(sentence.tokenStart, before - WINDOW);
  for (let i = before - 1; i >= limit; i--) {
    const token = tokens[i]!;
    if (token.lower === ',' || token.lower === ';') return undefined;
    if (!isVerbal(token)) continue;
    if (looksAhead(token) || futureCues.has(token.lower)) return 'future';
    let first = i;
    while (first - 1 >= limit && i - first < GROUP_SIZE && isVerbalOrParticle(tokens[first - 1]!)) first--;
    for (let k = first; k <= i; k++) {
      const lower = tokens[k]!.lower;
      if (futureAuxiliaries.has(lower) || modalAuxiliaries.has(lower)) return 'future';
      if (pastBeForms.has(lower) || haveForms.has(lower) || (isVerbal(tokens[k]!) && isPastForm(lower))) return 'past';
    }
    return undefined;
  }
  return undefined;
}

/** "agreed", "plans", "is set": after it an infinitive looks ahead ("agreed to meet on Friday") */
function looksAhead(token: Token): boolean {
  return hasSpeechRole(token, 'intent') || intentWords.has(token.lower) || intentWords.has(token.lemma);
}
