import type { Token } from '../../document';
import { objectListAt } from './object-list';
import cueData from '../../data/quotes/cues.json';
import words from '../../data/quotes/words.json';
import type { CueMatch, Frame } from './lexicon';
import { addresseeEnd, clauseAfterAddressee } from './addressee';
import { clauseAfterSetting } from './setting-clause';
import { clauseAfterToAddressee } from './to-addressee';
import { coordinatedReportCut } from './coordinated-report';
import { marketConsequenceCut } from './market-consequence';
import { asOpensClause } from './as-clause';
import { timeSettingAfterObject } from './object-time-setting';
import { contentBoundary, isClosingMark, isOpeningMark, isOpeningMarkNotApostrophe, isVerbal } from './boundaries';
import { isCountSymbol, isNominal } from './chunk-shapes';
import { phraseStartingAt } from './phrases';
import { settingRunsToThat } from './setting-that';
import { firstNotBefore } from '../../nlp/search';
import { ARTICLES, CLAUSE_SUBJECT_QUANTIFIERS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, isRelative } from '../../nlp/pronouns';
import { PERIOD_NOUNS, SETTING_TIME_WORDS, bareTimeEnd } from '../../nlp/time-words';
import { WH_COMPLEMENTIZERS } from './wh-complementizers';
import { pastVerbTaggedAsNoun } from './mistagged-clause-verb';

/**
 * Where a reporting cue's content starts and ends, by the cue's frames
 * (cues.json): "said (on Saturday) that CLAUSE", "told Y CLAUSE", "urged Y
 * to ...", "wants to ...", "called for NP". Shared by the attribution steps.
 */

/** No reported content runs longer: later look-ups (a content holding a cue or a quotation) rely on it. */
export const MAX_CONTENT_TOKENS = 250;

/** Words that make the phrase after an adverbial preposition a time or setting ("on Saturday", "in a statement"). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(words.adjunctsAfterCue.words);
const SENTENCE_END = /^[.!?;]+$/;
/** prepositions that start a complement, not a setting: "urged Japan to", "claims it as" */
const NOT_ADJUNCT: ReadonlySet<string> = new Set(words.complementPrepositions.words);
/** tokens a complement clause's subject may run before its verb ('says two dozen of Sen. Rand Paul's Kentucky supporters in the state legislature are endorsing'); 16 on PolNeAR train, 20 found no more */
const CLAUSE_LOOKAHEAD = 16;
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(cueData.degreeAdverbs);
/** A passive's agent right after an object-frame cue: no object ('a measure opposed by unions'). */
const PASSIVE_AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(words.passiveAgentPrepositions.words);

export function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerbal(tokens[k])) return true;
  return false;
}

export { isOpeningMark, isOpeningMarkNotApostrophe };

/**
 * Skips adverbs and short adjuncts after a cue: "said on Saturday that",
 * "said at an event in Colorado Springs that", "told reporters in Tokyo:".
 * A chain of prepositional phrases is skipped only when it ends at "that", a
 * comma, a colon or an opening mark (or, for a short time/setting phrase, at
 * the start of a clause).
 */
export function skipAdjuncts(tokens: readonly Token[], j: number, end: number): number {
  // "said yesterday the plan had failed", "said last week the deal was dead": a bare time phrase before the clause
  const time = bareTimeEnd(tokens, j);
  if (time > j && isClauseStart(tokens, time, end)) return time;
  const origin = j;
  let k = j;
  let settled = j;
  let onlySimple = true;
  while (k < end && k - origin <= 14) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' && t.lower !== 'that') {
      k++;
      // "have said repeatedly they don't want ...", "said again the plan would fail": manner adverbs alone before the clause
      if (k - origin === adverbsFrom(tokens, origin, k) && opensSubject(tokens[k]) && isClauseStart(tokens, k, end)) settled = k;
    } else if ((t.pos === 'ADP' && !NOT_ADJUNCT.has(t.lower)) || ADJUNCT_PREPOSITIONS.has(t.lower) || (t.pos === 'PROPN' && /day$/.test(t.lower))) {
      const simple = ADJUNCT_PREPOSITIONS.has(t.lower) || /day$/.test(t.lower);
      onlySimple &&= simple;
      k++;
      // 'say by 55%-41% that': a count's percent sign is a noun of the preposition's object
      while (k < end && k - origin <= 14 && (isNominal(tokens[k]) || isCountSymbol(tokens[k]!)) && tokens[k]!.lower !== 'that' && !SUBJECT_PRONOUNS.has(tokens[k]!.lower)) {
        k++;
        if (/day$/.test(tokens[k - 1]!.lower) || SETTING_TIME_WORDS.has(tokens[k - 1]!.lower)) {
          // "with The Associated Press last week that": a time word takes its period noun along
          if (PERIOD_NOUNS.has(tokens[k]?.lower ?? '') && SETTING_TIME_WORDS.has(tokens[k - 1]!.lower)) k++;
          break; // "on Thursday | it may"
        }
      }
      if (onlySimple && isClauseStart(tokens, k, end)) settled = k;
    } else {
      break;
    }
    // "said at a stop in Toledo, Ohio, that ...": a place's state between commas belongs to the setting
    k = stateAfterPlace(tokens, k, end);
    const after = tokens[k];
    if (!after) break;
    if (after.lower === 'that' || after.text === ':') return k;
    if (after.text === ',') return k + 1 < end && isOpeningMark(tokens[k + 1]) ? k : k + 1;
    if (onlySimple && isOpeningMark(after)) return k;
  }
  return settled;
}

/** Manner and frequency adverbs between a cue and its clause ('repeatedly', 'privately', 'again'); not 'how', 'too', 'as'. */
const CLAUSE_ADVERB = /^(?:\p{L}+ly|again)$/u;

/** How many tokens from `from` before `to` are such adverbs, counted up to the first that is not. */
function adverbsFrom(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && tokens[k]!.pos === 'ADV' && CLAUSE_ADVERB.test(tokens[k]!.lower)) k++;
  return k - from;
}

/**
 * A word that opens a clause's subject and nothing else: a subject pronoun, a name, a definite or possessive
 * determiner. Not an adjective, number or quantifier the adverb may modify instead ('reported disappointingly
 * flat growth', 'wrote only one amendment', 'said nearly every conversation', 'found virtually nothing').
 */
function opensSubject(t: Token | undefined): boolean {
  if (!t) return false;
  return SUBJECT_PRONOUNS.has(t.lower) || t.pos === 'PROPN' || SUBJECT_DETERMINERS.has(t.lower);
}

// articles, demonstratives (not 'that', which as often opens a clause) and possessive determiners
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...[...DEMONSTRATIVES].filter((w) => w !== 'that'), ...POSSESSIVE_DETERMINERS]);

/**
 * At a comma after a place name, where the setting goes on past the one- or
 * two-word proper name after it (its state: "Toledo, Ohio," "Des Moines,
 * Iowa," "Salem, New Hampshire") when "that" follows, right after the state
 * or its closing comma ("in Toledo, Ohio, that", "in Salem, New Hampshire
 * that") or after a short setting ("in Salem, New Hampshire on Monday that",
 * "in Des Moines, Iowa, on Monday that": without this the content opened at
 * the state, a partial quote taking in the setting); else `k`.
 */
function stateAfterPlace(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.text !== ',' || tokens[k - 1]?.pos !== 'PROPN' || tokens[k + 1]?.pos !== 'PROPN') return k;
  const state = tokens[k + 2]?.pos === 'PROPN' ? k + 3 : k + 2;
  const after = tokens[state]?.text === ',' ? state + 1 : state;
  return after < end && (tokens[after]!.lower === 'that' || settingBeforeThat(tokens, after, end)) ? after : k;
}

/** Tokens a setting after a place's state may hold before "that" ("on Monday", "last week"). */
const MAX_SETTING_AFTER_STATE = 5;

/** Does a verbless setting opening at `from` with a preposition or a time word ('on Monday', 'Monday') run on to "that"? */
function settingBeforeThat(tokens: readonly Token[], from: number, end: number): boolean {
  const first = tokens[from];
  const opens = first !== undefined && (first.pos === 'ADP' || /day$/.test(first.lower) || SETTING_TIME_WORDS.has(first.lower));
  return opens && settingRunsToThat(tokens, from, end, MAX_SETTING_AFTER_STATE);
}

/** Subordinators a reported clause may open with, before its own subject ("said if elected he would ..."). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(words.reportedClauseOpeners.words);

/**
 * A bare complement clause whose subject is no simple noun phrase: a gerund
 * subject ("said having Mr. Putin treat him with respect is a positive
 * development") or a subordinate clause before the subject ("said if elected
 * president he could work with ..."). The quote model judges what it finds.
 */
function isLooseClauseStart(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.pos === 'VERB' && t.lower.endsWith('ing')) {
    for (let k = j + 2; k < end && k - j <= CLAUSE_LOOKAHEAD; k++) {
      const u = tokens[k]!;
      if (SENTENCE_END.test(u.text)) return false;
      if (u.pos === 'AUX' || (u.pos === 'VERB' && !u.lower.endsWith('ing') && isNominal(tokens[k - 1]))) return true;
    }
    return false;
  }
  if (!CLAUSE_OPENERS.has(t.lower)) return false;
  for (let k = j + 1; k < end && k - j <= 8; k++) {
    if (SENTENCE_END.test(tokens[k]!.text)) return false;
    if (k > j + 1 && isClauseStart(tokens, k, end) && (tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'DET')) return true;
  }
  return false;
}

/** Quantifiers the tagger may call adverbs that open a subject ("said none of the attempts will work"). */
const QUANTIFIER_SUBJECTS = CLAUSE_SUBJECT_QUANTIFIERS;

/** A subject-like token followed by a verb within a few tokens: the start of a complement clause. */
export function isClauseStart(tokens: readonly Token[], j: number, end: number): boolean {
  // a degree adverb may open the subject: "says too much is made of ...", "said only two states have ..."
  if (tokens[j]?.pos === 'ADV' && DEGREE_ADVERBS.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  // "said none of the attempts will work": a quantifier the tagger calls an adverb opens the subject too
  if (!t || !(isNominal(t) || t.lower === 'there' || QUANTIFIER_SUBJECTS.has(t.lower))) return false;
  if (t.pos === 'DET' && t.lower === 'that') return false;
  let skipped = 0;
  for (let k = j + 1; k < end && k - j - skipped <= CLAUSE_LOOKAHEAD; k++) {
    const u = tokens[k]!;
    // 'conceded defeat in a speech to supporters, saying ...': a participle set off by a comma is no clause's verb;
    // one closed by a second comma is an aside in the subject ('said the company, facing losses, would cut jobs')
    if (u.pos === 'VERB' && u.lower.endsWith('ing') && tokens[k - 1]!.text === ',') {
      const close = skipped === 0 ? commaAfter(tokens, k, end) : -1;
      if (close < 0) return false;
      skipped += close - k;
      k = close;
      continue;
    }
    // 'said the Khan family deserved better': a past verb the tagger read as a noun is the clause's verb
    if (isVerbal(u) || pastVerbTaggedAsNoun(tokens, k)) return true;
    if (SENTENCE_END.test(u.text)) return false;
    // "said their networks of donors, almost exclusively men until a few years ago, were now ...": one verbless aside in the
    // subject (one only: a list of commas stays a bounded look-ahead)
    const close = u.text === ',' && skipped === 0 ? asideEnd(tokens, k, end) : -1;
    if (close > 0) {
      skipped += close - k;
      k = close;
    }
  }
  return false;
}

/** The comma closing a participle aside opened right before `from`, within MAX_ASIDE tokens and its sentence, or -1. */
function commaAfter(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < end && k - from <= MAX_ASIDE; k++) {
    const u = tokens[k]!;
    if (u.text === ',') return k;
    if (SENTENCE_END.test(u.text) || u.text === ':' || isOpeningMark(u)) return -1;
  }
  return -1;
}

/** Tokens a verbless aside between commas may hold. */
const MAX_ASIDE = 12;

/** The comma closing a verbless aside opened by the comma at `open`, or -1. */
function asideEnd(tokens: readonly Token[], open: number, end: number): number {
  for (let k = open + 1; k < end && k - open <= MAX_ASIDE; k++) {
    const u = tokens[k]!;
    if (u.text === ',') return k > open + 1 ? k : -1;
    if (isVerbal(u) || SENTENCE_END.test(u.text) || u.text === ':' || isOpeningMark(u)) return -1;
  }
  return -1;
}

/** Where the content after a cue begins, trying the cue's frames in order; null when nothing reported follows. */
export function contentStartAfter(tokens: readonly Token[], cue: CueMatch, end: number): { from: number; frame: Frame } | null {
  // an addressee before 'that' is tried first: 'warned voters that ...' is no clause 'voters that ...'
  const afterAddressee = cue.frames.includes('objectClause') && opensAddressee(tokens[cue.end]) ? clauseAfterAddressee(tokens, cue.end, end, (k) => isClauseStart(tokens, k, end)) : -1;
  if (afterAddressee >= 0) return { from: afterAddressee, frame: 'objectClause' };
  // a long setting before 'that' is read whole, not as the clause: 'said at a Saturday rally in Texas that ...'
  const afterSetting = cue.frames.includes('clause') ? clauseAfterSetting(tokens, cue.end, end, (k) => isClauseStart(tokens, k, end)) : -1;
  if (afterSetting >= 0) return { from: afterSetting, frame: 'clause' };
  // 'complained to CBS News that ...': whom the words were said to, before 'that'
  const afterTo = cue.frames.includes('clause') ? clauseAfterToAddressee(tokens, cue.end, end, (k) => isClauseStart(tokens, k, end)) : -1;
  if (afterTo >= 0) return { from: afterTo, frame: 'clause' };
  // 'expect the deal to close in May': an object and its infinitive read in that frame before a loose clause's
  const objectTo = cue.frames.includes('objectTo') && cue.frames.includes('clause') ? startForFrame(tokens, cue, 'objectTo', end) : -1;
  if (objectTo >= 0 && objectTo < end) return { from: objectTo, frame: 'objectTo' };
  for (const frame of cue.frames) {
    const from = startForFrame(tokens, cue, frame, end);
    if (from >= 0 && from < end) return { from, frame };
  }
  return null;
}

/** A word an addressee may open with ("told The Post ...", "telling attendees ...", "told a meeting ..."). */
function opensAddressee(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM');
}

/** The object opening at `at`: a gerund is an object too ("called for reducing the corporate tax rate"), a finite verb none. */
function objectStart(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (!t) return -1;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) ? -1 : at;
}

/**
 * Whether the word after a passive's 'by' opens its agent ('opposed by unions', 'by the governor', 'by its
 * members', 'by Smith'), not an adverbial of the active verb before an object ('condemned by name three
 * managers', 'by far', 'by contrast'): a bare singular noun or an adverb opens no agent, and the object
 * starts after the adverbial.
 */
function opensAgent(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.pos === 'ADV') return false;
  return !(t.pos === 'NOUN' && t.lemma.toLowerCase() === t.lower);
}

function startForFrame(tokens: readonly Token[], cue: CueMatch, frame: Frame, end: number): number {
  if (frame === 'object') {
    // "called half of Trump's supporters "deplorables"", "criticized the act as ..."
    const t = tokens[cue.end];
    if (!t || t.lower === 'that' || t.lower === 'to' || (t.pos === 'PUNCT' && !isOpeningMark(t))) return -1;
    // 'a measure opposed by unions', 'was viewed by many as ...': a passive's agent right after the cue is no object
    if (PASSIVE_AGENT_PREPOSITIONS.has(t.lower)) return opensAgent(tokens[cue.end + 1]) || tokens[cue.end + 2]?.pos === 'PUNCT' ? -1 : objectStart(tokens, cue.end + 2);
    return objectStart(tokens, cue.end);
  }
  if (frame === 'infinitive') {
    // "wants to triple the size of ...": the content keeps its "to"
    const j = skipAdjuncts(tokens, cue.end, end);
    if (tokens[j]?.lower !== 'to') return -1;
    // 'vowed to "bomb the hell" out of ...': quoted words opening the infinitive are the content's, which runs on
    // past the closing mark as PolNeAR marks it (one partial quote, 01-partial-quotes)
    if (isOpeningMark(tokens[j + 1])) return quotedInfinitiveVerb(tokens, j + 2) && runsPastMarks(tokens, j + 2, end) ? j : -1;
    // a split infinitive keeps its adverb: "vowed to harshly punish ..."
    const verb = tokens[j + 1]?.pos === 'ADV' ? j + 2 : j + 1;
    return isVerbal(tokens[verb]) ? j : -1;
  }
  let j = skipAdjuncts(tokens, cue.end, end);
  if (frame === 'objectClause' || frame === 'objectTo') {
    const object = phraseStartingAt(tokens, j, end);
    if (!object || object.kind === 'pronoun' && /^(it|this|that)$/.test(tokens[object.tokenStart]!.lower)) return -1;
    if (frame === 'objectTo') {
      const after = tokens[object.tokenEnd]?.lower === 'to' ? object.tokenEnd : skipAdjuncts(tokens, object.tokenEnd, end);
      // a negated infinitive is the same request: "told residents not to drink the water"
      const to = tokens[after]?.lower === 'not' ? after + 1 : after;
      return tokens[to]?.lower === 'to' ? object.tokenStart : -1;
    }
    const objectEnd = addresseeEnd(tokens, object.tokenEnd, end);
    if (objectEnd >= end) return -1;
    j = skipAdjuncts(tokens, objectEnd, end);
  }
  const t = tokens[j];
  if (!t) return -1;
  // 'Spotify denied that, saying ...', 'He denied that.': a 'that' before a stop, or before a comma and a
  // participle, is a pronoun object, no complementizer ('said that, if elected, he would ...' stays a clause)
  if (t.lower === 'that' && pronounThat(tokens, j)) return -1;
  if (t.lower === 'that' && (t.pos !== 'PRON' || isClauseStart(tokens, j + 1, end))) return j + 1;
  if (t.text === ',' && !isOpeningMark(tokens[j + 1])) return thatAfterAside(tokens, j, end);
  if (t.text === ':' || t.text === ',') return isOpeningMark(tokens[j + 1]) || t.text === ':' ? j + 1 : -1;
  // an indirect question: "wondered whether the moderators will be fair", "told reporters how he saved the hotel"
  if ((frame === 'clause' || frame === 'objectClause') && isRelative(t, WH_COMPLEMENTIZERS) && isClauseStart(tokens, j + 1, end)) return j;
  if (isOpeningMark(t)) return j;
  if (isClauseStart(tokens, j, end)) return j;
  return frame === 'clause' && isLooseClauseStart(tokens, j, end) ? j : -1;
}

/**
 * The word opening quoted words after an infinitive cue's 'to' reads as the infinitive's verb: a verb, an adverb
 * before one ('to "quickly and decisively bomb ..."'), or a lower-case singular noun, the tagger's usual reading
 * of a verb right after a mark ('to "bomb the hell"', 'to "carpet bomb them"'); not a name, a determiner or a
 * plural ('pledged to "Israel"', 'promised to "the voters"', 'spoke to "farmers"').
 */
function quotedInfinitiveVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isVerbal(t)) return true;
  if (t.pos === 'ADV') return isVerbal(tokens[k + 1]) || tokens[k + 1]?.pos === 'ADV' || tokens[k + 1]?.pos === 'CCONJ';
  return t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !/[^s]s$/.test(t.lower);
}

/**
 * Do the quoted words opening at `from` close with the infinitive going on after them ('to "bomb the hell" out of
 * ...')? Where they end it ('vows to "defend the Act."', 'vowed to "win," he said') the quotation is the direct
 * words of the cue at its marks, with no content of its own around them (sentence-cue.ts reads it).
 */
function runsPastMarks(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && !isClosingMark(tokens[k])) k++;
  const next = tokens[k + 1];
  return k + 1 < end && next !== undefined && next.pos !== 'PUNCT' && !/^[,.;:!?]$/.test(tokens[k - 1]?.text ?? '');
}

/** A 'that' at `j` ending its clause: before a sentence stop, or before a comma and an -ing verb (', saying'). */
function pronounThat(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || /^[.;!?]$/.test(next.text)) return true;
  const after = tokens[j + 2];
  return next.text === ',' && after !== undefined && after.pos === 'VERB' && after.lower.endsWith('ing');
}

/**
 * "Kaine now says, however, that ...", "He said, twice, that ...": a verbless
 * aside between commas after the cue (`asideEnd`), then "that" and a clause:
 * the content starts after "that". -1 otherwise.
 */
function thatAfterAside(tokens: readonly Token[], comma: number, end: number): number {
  const k = asideEnd(tokens, comma, end);
  return k > 0 && tokens[k + 1]?.lower === 'that' && isClauseStart(tokens, k + 2, end) ? k + 2 : -1;
}

/**
 * Does an object content end at the comma or semicolon at `k`? Not at a comma inside the closing mark ('a
 * "nasty guy," an "anchor baby"'), nor inside marks the object opened before (`outside`: 'North Korea's
 * "reckless, provocative, dangerous" actions'), nor before words that carry it on (OBJECT_GOES_ON).
 */
function objectEndsAt(tokens: readonly Token[], k: number, outside: boolean): boolean {
  const t = tokens[k]!;
  if (t.text === ';') return true;
  return !isClosingMark(tokens[k + 1]) && !(outside && t.inQuote) && !OBJECT_GOES_ON.has(tokens[k + 1]?.lower ?? '');
}

/** Content end: the sentence end without its final punctuation, or an earlier stop. */
export function contentEnd(tokens: readonly Token[], from: number, end: number, frame: Frame, stops: readonly number[], bounded = false): number {
  // no reported content runs for hundreds of words; the cap keeps a sentence that never
  // ends ("he said that he said that ...") linear instead of quadratic
  let stop = Math.min(end, from + MAX_CONTENT_TOKENS);
  const next = firstAfter(stops, from);
  if (next !== undefined && next < stop) stop = next;
  // one pass over the commas: an object ends at its first free comma or semicolon; any content ends where
  // ', and a spokesman declined to say ...' starts a report of its own, whichever comes first
  const object = frame === 'object';
  const outside = object && !tokens[from]?.inQuote;
  for (let k = from + 1; k < stop; k++) {
    const t = tokens[k]!;
    // 'hails "best 45 minutes" as late double sinks City': a clause after the object's 'as' is no part of it
    // 'endorsed Cruz last week, saying ...': a bare time phrase after the object is the verb's setting
    if (object && (asOpensClause(tokens, k, stop) || timeSettingAfterObject(tokens, from, k))) {
      stop = k;
      break;
    }
    if (t.text !== ',' && t.text !== ';') continue;
    if (object && objectEndsAt(tokens, k, outside) && !objectListAt(tokens, k, stop)) {
      stop = k;
      break;
    }
    // ', sending its shares up 7%': the reporter's account of the market, no longer the speaker's
    const cut = t.text === ',' ? (coordinatedReportCut(tokens, k, stop) ?? marketConsequenceCut(tokens, k, stop)) : null;
    if (cut !== null) {
      stop = cut;
      break;
    }
  }
  if (bounded) stop = contentBoundary(tokens, from, stop, frame);
  while (stop > from && (tokens[stop - 1]!.pos === 'PUNCT' && !/^["”'’`]+$/.test(tokens[stop - 1]!.text)) && !closesBracketWithin(tokens, from, stop - 1)) stop--;
  while (stop > from && /^(and|but|or)$/.test(tokens[stop - 1]!.lower)) stop--;
  while (stop > from && tokens[stop - 1]!.text === ',') stop--;
  return stop;
}

const MAX_BRACKETED = 64;

/** Token `k` is a closing bracket whose opening one is in [from, k): '"ideological" ((it))' keeps its brackets. */
function closesBracketWithin(tokens: readonly Token[], from: number, k: number): boolean {
  const close = tokens[k]!.text;
  const open = close === ')' ? '(' : close === ']' ? '[' : close === '}' ? '{' : null;
  if (open === null) return false;
  let depth = 0;
  // an aside closes within a few dozen tokens; the bound keeps a run of brackets from making this quadratic
  for (let i = k; i >= from && k - i <= MAX_BRACKETED; i--) {
    const text = tokens[i]!.text;
    if (text === close) depth++;
    else if (text === open && --depth === 0) return true;
  }
  return false;
}

/**
 * Words after a comma that carry an object on ("Russia's invasion of Ukraine,
 * including its annexation of Crimea", "equal opportunities, especially for
 * ...", "Rafael Cruz, who was born in Cuba"): the comma does not end it.
 */
const OBJECT_GOES_ON: ReadonlySet<string> = new Set(words.objectContinuations.words);

/** The first value greater than `from` in an ascending list. */
function firstAfter(sorted: readonly number[], from: number): number | undefined {
  return sorted[firstNotBefore(sorted.length, (i) => sorted[i]! <= from)];
}
