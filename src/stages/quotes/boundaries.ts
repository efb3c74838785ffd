import type { Token } from '../../document';
import { isClosingMark } from '../../nlp/quotation-marks';
import cues from '../../data/quotes/cues.json';
import settingBreaks from '../../data/quotes/setting-breaks.json';
import type { Frame } from './lexicon';
import { cueStartingAt } from './cue-chain';
import words from '../../data/quotes/words.json';
import { learnedEnd } from './boundary-model';
import { isPastForm } from '../../nlp/morphology';
import { nextActAfterAnd } from './next-act';
import { sharedPredicateAfterAnd } from './shared-predicate';
import { DASH_MARKS } from '../../nlp/hyphens';
import { narratorCommentAt } from './narrator-comment';

/**
 * Where reported content stops before its sentence does. PolNeAR-style
 * contents mostly run to the sentence end (trailing settings and adjuncts
 * included), so only clear breaks end them early: a semicolon, a dash aside,
 * a participial adjunct (", sending him to ..."), a second main clause with
 * its own subject (", and Democrats accused ..."), and, after an object or an
 * infinitive ("agreed to release cash so Clarke could start"), a subordinate
 * clause (not the cue's own condition, reason or time: `objectClauseGoesOn`). Decided from UD tags only: O(1) per token.
 */

const SUBORDINATORS: ReadonlySet<string> = new Set(cues.boundaries.subordinators);
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(settingBreaks.prepositions);
/** Subordinators that go on with an object's or infinitive's content when no comma comes before them. */
const OBJECT_CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(cues.boundaries.objectClauseSubordinators);
const CONTRASTIVE_SUBORDINATORS: ReadonlySet<string> = new Set(cues.boundaries.contrastiveSubordinators);
/** Subordinators that go on with an infinitive's content only: the planned act's own time (cues.json `plannedActSubordinators`). */
const PLANNED_ACT_SUBORDINATORS: ReadonlySet<string> = new Set(cues.boundaries.plannedActSubordinators);
const LOOKAHEAD = 8;

/** A verb or auxiliary, by the layer's repaired POS. */
export function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

// the mark predicates live in src/nlp/quotation-marks.ts, their one home; re-exported for the quote stage's modules
export { isClosingMark, isOpeningMark, isOpeningMarkNotApostrophe } from '../../nlp/quotation-marks';

/** A subject (pronoun, name or noun phrase) followed by a finite-looking verb within a few tokens. */
export function newClauseAt(tokens: readonly Token[], k: number, stop: number): boolean {
  const t = tokens[k];
  if (!t || k >= stop) return false;
  const subjectLike = (t.pos === 'PRON' && t.lower !== 'that') || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'NUM';
  if (!subjectLike) return false;
  for (let j = k + 1; j < stop && j - k <= LOOKAHEAD; j++) {
    const u = tokens[j]!;
    if (isVerbal(u)) return !/ing$/.test(u.lower) || tokens[j - 1]!.pos === 'AUX';
    if (u.pos === 'PUNCT' || u.pos === 'ADP' || u.pos === 'SCONJ' || u.pos === 'CCONJ') return false;
  }
  return false;
}

/**
 * An auxiliary or a past-tense verb after optional adverbs ("but also had",
 * "and downplayed", "and met"), before `stop`: a past is a new clause's verb,
 * where a present after "and" often goes on the content ("would go and see").
 */
function pastVerbAfterAdverbs(tokens: readonly Token[], k: number, stop: number): boolean {
  while (k < stop && tokens[k]!.pos === 'ADV') k++;
  const t = tokens[k];
  return t !== undefined && k < stop && (t.pos === 'AUX' || (t.pos === 'VERB' && isPastForm(t.lower)));
}

/**
 * Asked at each break candidate the walk reaches, with the rules' end there (`ruleCut`, null when they read on):
 * where the content ends, or null to walk on.
 */
export type BreakDecision = (k: number, rule: number | null) => number | null;

/**
 * Walks the break candidates of a content of a cue with `frame` (after `from`, before `stop`) as the runtime reads
 * them, and returns where the content ends, or `stop`: an end the grammar fixes (a second predicate of the cue's
 * subject, the narrator's comment) without asking, any other at the candidate `decide` ends it at. The one walk for
 * the stage (`contentBoundary`) and the boundary model's trainer (scripts/train-quotes.ts `collectBreaks`), so the
 * trainer reads the candidates the stage reaches, in its order, and none it passes over.
 */
export function walkBreaks(tokens: readonly Token[], from: number, stop: number, frame: Frame, decide: BreakDecision): number {
  const clausal = frame === 'clause' || frame === 'objectClause';
  let verbSeen = false;
  for (let k = from + 1; k < stop; k++) {
    if (isVerbal(tokens[k - 1])) verbSeen = true;
    // 'said that Smith, who ran the trust until 2023, used the money': a relative clause set off by commas inside the
    // reported clause's subject, before its verb, is no end of the content
    if (clausal && !verbSeen) {
      const close = relativeAsideEnd(tokens, k, stop);
      if (close > 0) {
        k = close;
        continue;
      }
      // 'admitted 14 counts of fraud at Leeds Crown Court and was sentenced on Thursday': a verb right after "and"
      // before any verb of the content's own is the cue's subject's next act; what came before it is the object
      if (COORDINATORS.has(tokens[k]!.lower) && secondPredicateAt(tokens, k + 1, stop)) return k;
    }
    // 'is acting unlawfully | and showing disregard': a second predicate of the reported clause, no end of it
    if (clausal && verbSeen && sharedPredicateAfterAnd(tokens, from, k, stop)) continue;
    if (!isBreakCandidate(tokens[k]!, frame)) continue;
    if (clausal && nominalCommentAfter(tokens, k, stop, verbSeen)) return k;
    const end = decide(k, ruleCut(tokens, k, stop, frame, from));
    if (end !== null) return end;
  }
  return stop;
}

/** The token (after `from`, before `stop`) where the content of a cue with `frame` ends, or `stop`: at the first break candidate the boundary model (boundary-model.ts) ends it at. */
export function contentBoundary(tokens: readonly Token[], from: number, stop: number, frame: Frame): number {
  const clausal = frame === 'clause' || frame === 'objectClause';
  return walkBreaks(tokens, from, stop, frame, (k, rule) => {
    // where the rules end a content it ends: no features are built for it
    // after a clause cue the model may read past a rule's end (PolNeAR's reported clauses run on through
    // ", so ...", ", and ..."); a participial adjunct (", contradicting the police account") and any end
    // after an object or an infinitive stay firm
    if (rule !== null) return !clausal || firmParticipleAfter(tokens, k) || learnedEnd(tokens, from, k, stop, frame, true) ? rule : null;
    return learnedEnd(tokens, from, k, stop, frame, false) ? cutAt(tokens, k) : null;
  });
}

/** Conjunctions that join a second predicate to the cue's subject ('admitted the charges and was jailed'). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * A finite verb (after adverbs) opens a second predicate at `k`: 'was sentenced', 'never returned', 'jailed
 * him'. Not a participle before a noun, which modifies it ('globalization and related job losses have ...').
 */
function secondPredicateAt(tokens: readonly Token[], k: number, stop: number): boolean {
  while (k < stop && tokens[k]!.pos === 'ADV') k++;
  if (!pastVerbAfterAdverbs(tokens, k, stop)) return false;
  const next = tokens[k + 1]?.pos;
  return tokens[k]!.pos === 'AUX' || !(next === 'NOUN' || next === 'PROPN' || next === 'ADJ');
}

/** Relative words that open a clause set off by commas inside a noun phrase ('Smith, who lives in Leeds,'). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(words.relativeAsideOpeners.words);
/** Tokens a relative clause between commas may hold. */
const MAX_RELATIVE_ASIDE = 24;
/** Tokens after the aside's closing comma within which the reported clause's own verb must come. */
const VERB_AFTER_ASIDE = 3;

/**
 * The closing comma of a relative clause opened by the comma at `k` (', who
 * lives in Leeds,') when a verb follows it within a few tokens (', was
 * arrested'): the aside belongs to the subject of that verb. -1 otherwise.
 */
function relativeAsideEnd(tokens: readonly Token[], k: number, stop: number): number {
  if (tokens[k]!.text !== ',' || !RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return -1;
  for (let c = k + 2; c < stop && c - k <= MAX_RELATIVE_ASIDE; c++) {
    const u = tokens[c]!;
    if (u.text === ';' || u.text === ':' || /^[.!?]+$/.test(u.text) || DASH_MARKS.has(u.text)) return -1;
    if (u.text !== ',') continue;
    for (let v = c + 1; v < stop && v - c <= VERB_AFTER_ASIDE; v++) if (isVerbal(tokens[v])) return c;
    return -1;
  }
  return -1;
}

/** Participles naming a reported clause's consequence or extent (words.json `resultParticiples`). */
const RESULT_PARTICIPLES: ReadonlySet<string> = new Set(words.resultParticiples.words);

/**
 * A comma (or a comma inside a closing mark) followed by an -ing verb that ends a reported clause whatever
 * the model says: ', contradicting the police account', ', adding that ...'. Not a participle of consequence
 * or extent with a figure ahead (', bringing its total to $9 million'), which PolNeAR as often keeps in the
 * clause: there the model decides, as at every other rule cut after a clause cue. Without a figure the same
 * participles are the narrator's (', leaving reporters puzzled'): a wrong tail costs more than a short content.
 */
function firmParticipleAfter(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k]!.text === ',' && isClosingMark(tokens[k + 1]) ? k + 2 : k + 1;
  const next = tokens[n];
  if (tokens[k]!.text !== ',' || next === undefined || next.pos !== 'VERB' || !/ing$/.test(next.lower)) return false;
  return !(next.lemmas.some((l) => RESULT_PARTICIPLES.has(l)) && figureAhead(tokens, n + 1));
}

/**
 * A comma outside quotation marks closing a reported clause (its verb seen) on a common noun, then the narrator's
 * nominal comment on the whole report (narrator-comment.ts: 'said she should face no criminal charges, | a
 * recommendation Lynch adopted'), an end whatever the model says. Not after a name, whose apposition the content as
 * often keeps ('than President Barack Obama, a Democrat'). The walk (`walkBreaks`) stops here for the trainer too, as
 * the model is never asked past it.
 */
function nominalCommentAfter(tokens: readonly Token[], k: number, stop: number, verbSeen: boolean): boolean {
  return verbSeen && !tokens[k]!.inQuote && tokens[k - 1]?.pos === 'NOUN' && narratorCommentAt(tokens, k, stop);
}

/** Tokens after a participle of extent that its figure may lie within (', bringing its total to $9 million'). */
const FIGURE_LOOKAHEAD = 10;

/**
 * A number or '$' within a few tokens after `from`, before a comma or sentence end: the participle states an
 * extent ('bringing its total to $9 million', 'ranging from 2 to 5 percent'). Without one it is the narrator's
 * comment on the scene (', leaving reporters puzzled', ', prompting applause from the crowd'), which the content never holds.
 */
function figureAhead(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from - 1]?.sentence;
  for (let k = from; k < tokens.length && k - from < FIGURE_LOOKAHEAD; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.sentence !== sentence) return false;
    if (t.pos === 'NUM' || t.text === '$') return true;
  }
  return false;
}

/**
 * A token where content may end: a comma, semicolon, dash, "and"/"but" or a
 * subordinator; after an object or an infinitive also a preposition that may
 * open a trailing setting ('attacked Machado | in early-morning tweets'),
 * where only the boundary model ends it.
 */
export function isBreakCandidate(t: Token, frame?: Frame): boolean {
  if (t.text === ',' || t.text === ';' || DASH_MARKS.has(t.text) || t.lower === 'and' || t.lower === 'but' || SUBORDINATORS.has(t.lower)) return true;
  return frame !== undefined && frame !== 'clause' && frame !== 'objectClause' && t.pos === 'ADP' && SETTING_PREPOSITIONS.has(t.lower);
}

/** Where content ending at break `k` stops: after a closing mark that follows a comma ('a "terrible situation," but'), else at `k`. */
function cutAt(tokens: readonly Token[], k: number): number {
  return tokens[k]!.text === ',' && isClosingMark(tokens[k + 1]) ? k + 2 : k;
}

/**
 * A subordinator at `k` (cues.json `objectClauseSubordinators`, no comma before it) after an object or an
 * infinitive: the cue's own condition, reason or time, which goes on with the content ('pledged to make him
 * secretary of the Treasury | if he wins', 'apologized for the columns | after they came out', 'complained about
 * his mic the morning | after the debate'); the boundary model still judges it as any other candidate. After an
 * infinitive, also the planned act's own time (cues.json `plannedActSubordinators`: 'vowed to be tougher | before
 * addressing ...', 'encouraged Pagliano to testify | before Congress'). Not a clause holding a cue of its own, a
 * report that going on would nest and so silence, nor a contrast (cues.json `contrastiveSubordinators`) with a new
 * clause whose subject is no pronoun.
 */
function objectClauseGoesOn(tokens: readonly Token[], k: number, stop: number, frame: Frame): boolean {
  const word = tokens[k]!.lower;
  const timesPlannedAct = (frame === 'infinitive' || frame === 'objectTo') && PLANNED_ACT_SUBORDINATORS.has(word);
  if (!(OBJECT_CLAUSE_SUBORDINATORS.has(word) || timesPlannedAct) || cueInClause(tokens, k + 1, stop)) return false;
  // 'criticized the levy | while the mayor stayed silent': a contrast with someone new is the narrator's
  return !(CONTRASTIVE_SUBORDINATORS.has(word) && tokens[k + 1]?.pos !== 'PRON' && newClauseAt(tokens, k + 1, stop));
}

/** Tokens of a subordinate clause searched for a cue of its own: a constant, so a long sentence stays linear. */
const CLAUSE_CUE_LOOKAHEAD = 12;

/**
 * A reporting cue within the clause opening at `from` ('after the mogul claimed that ...', 'because he worries
 * Sanders would ...', 'after aides were confident that ...'), by the stage's whole cue chain (cue-chain.ts
 * `cueStartingAt`): the clause is a report of its own, which going on with the object's content would nest
 * and so silence (07-nested).
 */
function cueInClause(tokens: readonly Token[], from: number, stop: number): boolean {
  for (let j = from; j < stop && j - from < CLAUSE_CUE_LOOKAHEAD; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.pos === 'SCONJ') return false;
    if (cueStartingAt(tokens, j) !== null) return true;
  }
  return false;
}

/** The rules' end at break candidate `k` of a content starting at token `from`, or null when they read on. */
export function ruleCut(tokens: readonly Token[], k: number, stop: number, frame: Frame, from = k): number | null {
  const clausal = frame === 'clause' || frame === 'objectClause';
  const t = tokens[k]!;
  if (t.text === ';' || DASH_MARKS.has(t.text)) return k;
  if (t.text === ',') {
    // American punctuation puts the comma inside the closing mark: 'a "terrible situation," but ...'
    const closed = isClosingMark(tokens[k + 1]);
    const n = closed ? k + 2 : k + 1;
    const cut = closed ? k + 2 : k;
    const next = tokens[n];
    if (!next || n >= stop) return null;
    // "including" is a preposition: ', including X' goes on with the content
    if (next.pos === 'VERB' && /ing$/.test(next.lower) && next.lower !== 'including') return cut;
    // ", and Democrats accused ...", ", and when pressed, she replied ..."
    if ((next.lower === 'and' || next.lower === 'but') && (newClauseAt(tokens, n + 1, stop) || SUBORDINATORS.has(tokens[n + 1]?.lower ?? ''))) return cut;
    // after an object: ', but stopped short of ...' is the subject's next act
    if (!clausal && (next.lower === 'and' || next.lower === 'but') && pastVerbAfterAdverbs(tokens, n + 1, stop)) return cut;
    if (SUBORDINATORS.has(next.lower)) return cut;
    return null;
  }
  if (clausal) return null;
  // after an object or an infinitive, 'but has been met with opposition', 'and downplayed ...': the subject's next act
  if ((t.lower === 'and' || t.lower === 'but') && pastVerbAfterAdverbs(tokens, k + 1, stop)) return k;
  // 'touting her record | and pounding him': next-act.ts
  if (nextActAfterAnd(tokens, k, stop, from)) return k;
  // 'pledged to make him secretary of the Treasury | if he wins': the cue's own condition, reason or time, which
  // PolNeAR keeps in the content (cues.json `objectClauseSubordinators`)
  if (objectClauseGoesOn(tokens, k, stop, frame)) return null;
  return SUBORDINATORS.has(t.lower) && t.lower !== 'as' ? k : null;
}
