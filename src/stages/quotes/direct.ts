import { tokenAt, type Sentence, type Span, type Token } from '../../document';
import { cueSpan } from './attribution';
import { isClauseStart, skipAdjuncts } from './content';
import { addresseeFirstCue, cueAt, speechFrame } from './lexicon';
import words from '../../data/quotes/words.json';
import { adjectiveList, insideAbbreviation, makePhrase, phraseStartingAt, subjectBefore, type Phrase } from './phrases';
import { isAsideDash, isDashOrHyphen, isTightHyphen } from '../../nlp/hyphens';
import { closingParenthesisAfter } from '../../nlp/parentheses';
import { tokenAfterClosingMark } from '../../nlp/quotation-marks';
import { subjectOfReportedClause } from './inverted-clause-subject';
import { finiteVerbAt } from './finite-verbs';
import { taggedVerbAfter } from './tagged-verb';
import { COMMA_RELATIVE_SUBJECTS, RELATIVE_ADVERBS, RELATIVE_PRONOUNS, isRelative } from '../../nlp/pronouns';
import { zeroRelativeAt } from './zero-relative';
import { commaParticipleSubject } from './participle-subject';
import { nameInAppositionAfter } from './inverted-apposition';

/** Speaker and cue found next to a quotation's marks. */
export interface DirectAttribution {
  cue: Span;
  subject: Phrase;
  /** the attribution sits after the closing mark ('"...," he said') */
  after: boolean;
  /** end of the attribution clause (for joining a quote interrupted by it) */
  clauseEnd: number;
  /** a comma or colon separates the cue from the opening mark: 'X said, "..."' */
  punctuated?: boolean;
}

const TERMINAL = /^[.!?]$/;
const MAX_GAP = 8;
/** Tokens back from a cue before the marks its subject is looked for in (within the cue's sentence). */
const MAX_SUBJECT_REACH = 40;
/** Tokens from a sentence-opening inverted cue ('Said X, ...') to the marks. */
const MAX_INVERTED_REACH = 41;
/** Tokens a setting may hold between a cue and a comma or colon before the marks. */
const MAX_PUNCTUATED_GAP = 14;
const ADJUNCT_TAGS: ReadonlySet<string> = new Set(['ADV', 'NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'PRON']);
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(words.prepositionsBeforeMark.words);

/** End offset of the attribution clause from token `k`: up to the next terminal punctuation or opening mark. */
export function attributionClauseEnd(tokens: readonly Token[], k: number, paragraphEnd: number): number {
  let last = tokens[k - 1]!.end;
  for (let i = k; i < tokens.length && tokens[i]!.start < paragraphEnd && i - k < 80; i++) {
    const t = tokens[i]!;
    if (/^(["“`]|``)$/.test(t.text)) {
      // a show's or a paper's name in marks belongs to the clause: 'said on Fox News's "Fox and Friends."'
      const close = titleInMarks(tokens, i);
      if (close < 0) break;
      last = tokens[close]!.end;
      if (TERMINAL.test(tokens[close - 1]!.text)) break;
      i = close;
      continue;
    }
    last = t.end;
    if (TERMINAL.test(t.text)) break;
  }
  return last;
}

/** Index of the closing mark of a short title-cased quotation opening at `open` ("Fox and Friends."), or -1. */
function titleInMarks(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= 8; k++) {
    const t = tokens[k]!;
    if (/^(["”]|'')$/.test(t.text)) return k > open + 1 ? k : -1;
    if (/^\p{L}{4,}$/u.test(t.text) && !/^\p{Lu}/u.test(t.text)) return -1;
  }
  return -1;
}

/**
 * '"...," he said' / '"...," said Airo Hino, professor ...' / '"...", added Russel' /
 * '"...," Tadashi Maeda, governor of ..., said': the attribution right after the closing mark.
 */
export function attributionAfter(
  tokens: readonly Token[],
  close: Span,
  paragraphEnd: number,
  endsSentence: boolean,
  attributedBefore = false,
): DirectAttribution | null {
  const found = cueAfter(tokens, close, paragraphEnd);
  // '"A." She adds "B."': a cue after a finished sentence that opens another quotation introduces that one
  if (found && endsSentence && introducesNextQuote(tokens, found.cueEnd, paragraphEnd)) return null;
  // '"B." Greene added that the Fed ...': after a finished sentence, a cue with its own 'that' clause reports that clause
  if (found && endsSentence && tokens[thatAfterSetting(tokens, found.cueEnd)]?.lower === 'that') return null;
  // '"B." Hillary Clinton said Wednesday she, too, wants ...': so does one with a bare clause of its own
  if (found && endsSentence && reportsOwnClause(tokens, found, attributedBefore)) return null;
  return found?.attribution ?? null;
}

/** Words after a comma that open a relative clause on the cue's object, not a reported clause ('said of the plan, which ...'). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, ...RELATIVE_ADVERBS]);

/**
 * The cue after the marks (subject first, not inverted) has a bare reported
 * clause right after it and its settings: 'said Wednesday she, too, wants',
 * 'told reporters the plan was ...' (content.ts `isClauseStart`). After a comma
 * ('They say, "Mama, why do you stay?" I say, somebody has to.') only when a cue
 * before the marks already attributes the quotation: with none, words after the
 * comma are far more often the cue's own setting ('Okafor said, eyes closed',
 * 'Okafor said, Reuters reported', 'Okafor said, time is running out'), and
 * dropping the only attribution loses a right quote.
 */
function reportsOwnClause(
  tokens: readonly Token[],
  found: { attribution: DirectAttribution; cueEnd: number },
  attributedBefore: boolean,
): boolean {
  const { subject, cue } = found.attribution;
  if (subject.tokenStart >= found.cueEnd) return false;
  const limit = Math.min(tokens.length, found.cueEnd + 40);
  if (tokens[found.cueEnd]?.text === ',') {
    // the subject right before the cue ('I say,'), not a longer frame
    if (!attributedBefore || subject.tokenEnd !== tokenAt(tokens, cue.start)) return false;
    const first = tokens[found.cueEnd + 1];
    return !!first && !first.inQuote && !isRelative(first, RELATIVE_WORDS) && isClauseStart(tokens, found.cueEnd + 1, limit);
  }
  const j = skipAdjuncts(tokens, found.cueEnd, limit);
  const t = tokens[j];
  if (!t || t.inQuote || isRelative(t, RELATIVE_WORDS) || tokens[j - 1]?.text === ',') return false;
  return isClauseStart(tokens, j, limit);
}

/** Tokens a short setting between a cue and its 'that' may hold ('said, twice, that', 'added in a statement that'). */
const MAX_SETTING_BEFORE_THAT = 6;

/**
 * Where a cue's 'that' stands when only a short setting (adverbs, commas, a
 * prepositional phrase) separates it from the cue: 'He said, twice, that
 * ...'; else `from`.
 */
function thatAfterSetting(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= MAX_SETTING_BEFORE_THAT; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return k;
    if (t.inQuote || !(t.text === ',' || ADJUNCT_TAGS.has(t.pos) || t.pos === 'ADP')) return from;
  }
  return from;
}

/** '"..." ― Krystal Correa' at a line's end: a quotation signed with a dash. */
function dashedByline(
  tokens: readonly Token[],
  k: number,
  paragraphEnd: number,
): { attribution: DirectAttribution; cueEnd: number } | null {
  const dash = tokens[k];
  if (!dash || !isDashOrHyphen(dash.text) || dash.lineStart) return null;
  const subject = phraseStartingAt(tokens, k + 1, tokens.length);
  if (!subject || subject.kind !== 'name') return null;
  const next = tokens[subject.tokenEnd];
  if (next && next.start < paragraphEnd && !next.lineStart && !TERMINAL.test(next.text)) return null;
  const attribution = { cue: { start: dash.start, end: dash.end }, subject, after: true, clauseEnd: tokens[subject.tokenEnd - 1]!.end };
  return { attribution, cueEnd: k + 1 };
}

function introducesNextQuote(tokens: readonly Token[], from: number, paragraphEnd: number): boolean {
  for (let i = from; i < tokens.length && tokens[i]!.start < paragraphEnd && i - from < 30; i++) {
    const t = tokens[i]!;
    if (TERMINAL.test(t.text) || t.lineStart) return false;
    // '"You winning?" she said, but Kevin was ...': a comma not right before a mark closes the attribution
    if (t.text === ',' && !/^(["“`]|``)$/.test(tokens[i + 1]?.text ?? '') && !opensQuotation(tokens, i + 1)) return false;
    if (/^(["“`]|``)$/.test(t.text) || opensQuotation(tokens, i)) return true;
  }
  return false;
}

/**
 * A mark the tokenizer split that opens quoted words: "''" (two apostrophes,
 * as The New York Times writes both marks) or "‘", read from the token
 * layer's `inQuote` on the word after it.
 */
function opensQuotation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.inQuote || !/^['‘]$/.test(t.text)) return false;
  const next = tokens[i + 1];
  if (next?.inQuote) return true;
  return next !== undefined && next.text === "'" && next.start === t.end && tokens[i + 2]?.inQuote === true;
}

function cueAfter(
  tokens: readonly Token[],
  close: Span,
  paragraphEnd: number,
): { attribution: DirectAttribution; cueEnd: number } | null {
  let k = tokenAfterClosingMark(tokens, close.end);
  const byline = dashedByline(tokens, k, paragraphEnd);
  if (byline) return byline;
  while (tokens[k] && (tokens[k]!.text === ',' || isAsideDash(tokens, k))) k++;
  const limit = Math.min(tokens.length, k + 30);
  const first = tokens[k];
  // a line break after the closing mark ends the quote's line: what follows is another paragraph's sentence
  if (!first || first.start >= paragraphEnd || first.lineStart) return null;
  const inverted = cueAt(tokens, k);
  // '"fantastic," telling reporters that ...': a participle has no subject after it, only its object or addressee;
  // '"We are ready," told reporters the coach': nor has 'told', whose noun phrase is whom it tells (addresseeFirstCue)
  if (inverted && speechFrame(inverted) && !inverted.participle && !addresseeFirstCue(tokens[inverted.start]!)) {
    const role = phraseStartingAt(tokens, inverted.end, limit);
    const subject = role ? (nameInAppositionAfter(tokens, role, limit) ?? role) : null;
    if (subject && !subjectOfReportedClause(tokens, subject)) {
      const attribution = { cue: cueSpan(tokens, inverted), subject, after: true, clauseEnd: attributionClauseEnd(tokens, inverted.end, paragraphEnd) };
      return { attribution, cueEnd: inverted.end };
    }
  }
  // '"...," he mocks.': any verb after a pronoun when the quotation closes on its comma (tagged-verb.ts)
  const tagged = taggedVerbAfter(tokens, close, k);
  if (tagged) {
    const attribution = { cue: cueSpan(tokens, tagged.cue), subject: tagged.subject, after: true, clauseEnd: attributionClauseEnd(tokens, tagged.cue.end, paragraphEnd) };
    return { attribution, cueEnd: tagged.cue.end };
  }
  // subject first: find the cue within reach, no sentence end or verb before it
  for (let i = k + 1; i < limit && tokens[i]!.start < paragraphEnd; i++) {
    const t = tokens[i]!;
    // "Sen. Claire McCaskill (D-Mo.) said": a short parenthesis may hold an abbreviation's period
    if (t.text === '(') {
      const close = closingParenthesisAfter(tokens, i, limit);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    // "the A.F.L.-C.I.O.": a period with a letter right after it ends no sentence
    if (TERMINAL.test(t.text) && !insideAbbreviation(tokens, i)) return null;
    if (/^(["“”`]|``)$/.test(t.text)) return null;
    // '"...," Paris, who used to work on Capitol Hill, said': a relative clause between commas is the subject's
    if (t.text === ',' && isRelative(tokens[i + 1], COMMA_RELATIVE_SUBJECTS)) {
      const comma = relativeClauseEnd(tokens, i + 2, limit);
      if (comma > 0) {
        i = comma;
        continue;
      }
    }
    const cue = cueAt(tokens, i);
    // '"...," a line he has repeated': a relative clause on the noun after the marks, no attribution
    if (cue && speechFrame(cue) && zeroRelativeAt(tokens, cue, 0)) return null;
    if (cue && speechFrame(cue)) {
      const s = subjectBefore(tokens, i, k);
      if (!s) return null;
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name that opens the attribution
      let subject = s.phrase;
      if (s.start !== k && !modifierOf(tokens, k, s.start)) {
        const opening = phraseStartingAt(tokens, k, i);
        // 'the bespectacled, 71-year-old diplomat said': adjectives in a list before the subject's noun
        if (opening && adjectiveList(tokens, k, s.phrase.tokenStart)) subject = makePhrase(tokens, k, s.phrase.tokenEnd) ?? s.phrase;
        else if (!opening || opening.kind !== 'name') return null;
        else subject = opening;
      }
      const attribution = { cue: cueSpan(tokens, cue), subject, after: true, clauseEnd: attributionClauseEnd(tokens, cue.end, paragraphEnd) };
      return { attribution, cueEnd: cue.end };
    }
    // 'Texas-based Matt Mackowiak said': a participle joined by a hyphen modifies the subject
    if (t.pos === 'VERB' && hyphenated(tokens, i)) continue;
    if ((t.pos === 'VERB' && !t.lower.endsWith('ing')) || (t.pos === 'AUX' && !cueAt(tokens, i + 1) && tokens[i + 1]?.pos !== 'ADV')) return null;
  }
  return null;
}

/**
 * 'Said Dorothy Poynter, who grew up with Ali in the neighborhood, "..."': a
 * speech cue opening the sentence of the marks, the name right after it, and
 * only a comma or colon before the marks; null otherwise.
 */
function invertedOpening(tokens: readonly Token[], sentences: readonly Sentence[], mark: number, end: number): { cue: Span; subject: Phrase; after: false } | null {
  const first = sentences[tokens[mark]!.sentence]!.tokenStart;
  if (mark - first > MAX_INVERTED_REACH) return null;
  const cue = cueAt(tokens, first);
  if (!cue || !speechFrame(cue) || cue.end >= end) return null;
  const subject = phraseStartingAt(tokens, cue.end, end);
  if (!subject || subject.kind !== 'name' || subject.tokenStart !== cue.end) return null;
  return { cue: cueSpan(tokens, cue), subject, after: false };
}

/** Words between a verb and the "to" of a cue that make the cue what the verb's subject said: 'went on to', 'went so far as to'. */
const ON_TO: ReadonlySet<string> = new Set(['on', 'so', 'far', 'as']);

/** The verb of 'went on to say' / 'went so far as to say' whose subject speaks, given the "to" at `to`; -1 for any other infinitive. */
function saidThroughInfinitive(tokens: readonly Token[], to: number, floor: number): number {
  let k = to - 1;
  while (k > floor && to - k <= 4 && ON_TO.has(tokens[k]!.lower)) k--;
  return k < to - 1 && tokens[k]?.pos === 'VERB' ? k : -1;
}

/**
 * 'he brought up the bombing and later said, "..."', 'She urges her husband
 * to come out of the car and repeatedly says, "..."': a cue after "and" or
 * "but" shares the subject of the nearest finite verb before it in its
 * sentence (infinitives and participles passed over); null when none has one.
 */
export function coordinatedSubject(tokens: readonly Token[], cue: number, floor: number): { phrase: Phrase; start: number } | null {
  let j = cue;
  while (j > floor && (tokens[j - 1]!.pos === 'ADV' || tokens[j - 1]!.pos === 'AUX')) j--;
  const conjunction = tokens[j - 1]?.lower;
  if (conjunction !== 'and' && conjunction !== 'but') return null;
  let nearest: { phrase: Phrase; start: number } | null = null;
  for (let k = j - 2; k > floor; k--) {
    const t = tokens[k]!;
    if (t.inQuote || /^[.;:!?"“”]$/.test(t.text)) break;
    // 'when my mother mentioned the devil, I laughed and said': a speech cue past a comma is in another clause
    if (nearest && t.text === ',') break;
    if (!finiteVerbAt(tokens, k)) continue;
    const s = subjectBefore(tokens, k, floor);
    if (!s) continue;
    // 'De Blasio said the move was made by Bratton and said, "..."': a speech cue joins the speech cue before it,
    // not a verb inside that cue's report; the nearest verb's subject when no speech cue comes before
    const cue = cueAt(tokens, k);
    if (cue && speechFrame(cue)) return s;
    nearest ??= s;
  }
  return nearest;
}

/** The comma closing a relative clause that starts at `from` ('who used to work on Capitol Hill,'), within `limit`; -1 at a sentence end, a mark or none. */
function relativeClauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if ((TERMINAL.test(t.text) && !insideAbbreviation(tokens, k)) || /^(["“”`]|``)$/.test(t.text)) return -1;
  }
  return -1;
}

/** Tokens `from` to `to` (exclusive) are one hyphenated word before a name: 'Texas-based' in 'Texas-based Matt Mackowiak'. */
function modifierOf(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 3 || !hyphenated(tokens, to - 1)) return false;
  for (let j = from + 1; j < to; j++) if (tokens[j]!.start !== tokens[j - 1]!.end) return false;
  return true;
}

/** The token is the second half of a hyphenated word ('Texas-based', 'state-owned'): a tight hyphen before it. */
function hyphenated(tokens: readonly Token[], i: number): boolean {
  return isTightHyphen(tokens, i - 1);
}

/**
 * 'X said: "..."' / 'X said "..."' / 'X told reporters: "..."' / 'X said that "..."':
 * a cue shortly before the opening mark with only adjuncts between.
 */
export function attributionBefore(tokens: readonly Token[], sentences: readonly Sentence[], open: Span, paragraphStart: number): DirectAttribution | null {
  const markToken = tokenAt(tokens, open.start);
  let j = markToken;
  // after a comma or colon any short setting may sit between cue and mark: 'says of Clinton, "..."'
  const punctuated = j > 0 && /^[:,]$/.test(tokens[j - 1]!.text);
  while (j > 0 && /^[:,]$/.test(tokens[j - 1]!.text)) j--;
  if (tokens[j - 1]?.lower === 'that') j--;
  if (punctuated) {
    const inverted = invertedOpening(tokens, sentences, markToken, j);
    if (inverted) return { ...inverted, clauseEnd: open.start, punctuated };
  }
  // 'said in an op-ed piece before a 2014 Senate hearing, "..."': a comma lets a longer setting stand between
  const gap = punctuated ? MAX_PUNCTUATED_GAP : MAX_GAP;
  for (let i = j - 1; i >= 0 && j - i <= gap && tokens[i]!.start >= paragraphStart; i--) {
    const t = tokens[i]!;
    // 'The New York Times reports: "..."' reads as a cue: the token layer repairs the tagger's plural noun (pos-repairs.ts)
    const cue = cueAt(tokens, i);
    if (cue && cue.end <= j && speechFrame(cue)) {
      // the subject is in the cue's sentence: a headline or the sentence before is no part of it
      const floor = Math.max(sentences[t.sentence]!.tokenStart, i - MAX_SUBJECT_REACH);
      // an infinitive cue ('wants to say') is no speech, but 'went on to say', 'went so far as to say' is
      const verb = tokens[i - 1]?.lower === 'to' ? saidThroughInfinitive(tokens, i - 1, floor) : i;
      if (verb < 0) return null;
      const s = participleSubject(tokens, verb, floor) ?? subjectBefore(tokens, verb, floor) ?? coordinatedSubject(tokens, verb, floor);
      if (!s || tokens[s.start]!.start < paragraphStart) return null;
      return { cue: cueSpan(tokens, cue), subject: s.phrase, after: false, clauseEnd: open.start, punctuated };
    }
    // 'in the debate spin room', 'an op-ed piece': a verb between two nouns or after a tight hyphen is a noun the tagger misread
    if (punctuated && t.pos === 'VERB' && ((tokens[i - 1]?.pos === 'NOUN' && tokens[i + 1]?.pos === 'NOUN') || hyphenated(tokens, i))) continue;
    if (punctuated && t.text === '-' && hyphenated(tokens, i + 1)) continue;
    // only a setting may separate the cue from the mark: "said in a statement:", "told reporters:"
    if (!(ADJUNCT_TAGS.has(t.pos) || ADJUNCT_PREPOSITIONS.has(t.lower) || (punctuated && t.pos === 'ADP') || t.text === ',')) return null;
  }
  return null;
}

/**
 * '..., Warren appeared with Rachel Maddow and endorsed Clinton, saying, "..."': a participle cue after a comma
 * speaks for the clause before it, read as the attribution steps read it (participle-subject.ts), not for the
 * last phrase between commas ('after remaining neutral throughout the primary process,'); null for any other cue and
 * after a trailing attribution ('..., Nefzi said, adding').
 */
function participleSubject(tokens: readonly Token[], cue: number, floor: number): { phrase: Phrase; start: number } | null {
  if (tokens[cue - 1]?.text !== ',' || !tokens[cue]!.lower.endsWith('ing')) return null;
  // '..., Spicer said, adding, "..."': after a trailing attribution the speaker is its subject, which subjectBefore reads
  if (speechFrame(cueAt(tokens, cue - 2))) return null;
  const phrase = commaParticipleSubject(tokens, cue, floor);
  if (!phrase) return null;
  // 'Morton Blackwell, founder of ..., endorsed Cruz last week, saying': a verb with a subject of its own before it has its object after it, no inverted subject
  const verb = tokens[phrase.tokenStart - 1];
  if (verb?.pos === 'VERB' && subjectBefore(tokens, phrase.tokenStart - 1, floor)) return null;
  return { phrase, start: phrase.tokenStart };
}
