import type { Sentence, Span, Token } from '../../document';
import cueData from '../../data/quotes/cues.json';
import words from '../../data/quotes/words.json';
import { accordingToAt, cueAt, passiveBlockers, stanceAt, thatClauseVerbAt, type CueMatch, type Frame } from './lexicon';
import { contentBoundary } from './boundaries';
import { isNominal, phraseEndingAt, phraseStartingAt, subjectAfter, subjectBefore, type Phrase } from './phrases';
import { firstNotBefore } from '../../nlp/search';

/** A reporting cue with its subject and content, before quotation marks are considered. */
export interface Attribution {
  cue: Span;
  subject: Phrase | null;
  content: Span;
  /** token range of the content, end exclusive */
  contentTokens: [number, number];
  sentence: number;
  /** how the cue took its content (absent for "according to", labels and trailing attributions) */
  frame?: Frame;
  /** the content without trailing material its cue does not govern (see boundaries.ts), when shorter */
  narrow?: Span;
  /** a speaker label opening a transcript turn ("PENCE: ...") */
  label?: boolean;
  /** the cue sits inside another attribution's content: not reported on its own */
  nested?: boolean;
}

/** Words that make the phrase after an adverbial preposition a time or setting ("on Saturday", "in a statement"). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(words.adjunctsAfterCue.words);
const SENTENCE_END = /^[.!?;]+$/;
const WH_COMPLEMENT: ReadonlySet<string> = new Set(words.whComplementizers.words);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(words.subjectPronouns.words);
/** prepositions that start a complement, not a setting: "urged Japan to", "claims it as" */
const NOT_ADJUNCT: ReadonlySet<string> = new Set(words.complementPrepositions.words);
const CLAUSE_LOOKAHEAD = 12;
const NOMINAL_CUES: ReadonlySet<string> = new Set(cueData.nominal.nouns);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(words.possessivePronouns.words);
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(cueData.degreeAdverbs);

function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * Skips adverbs and short adjuncts after a cue: "said on Saturday that",
 * "said at an event in Colorado Springs that", "told reporters in Tokyo:".
 * A chain of prepositional phrases is skipped only when it ends at "that", a
 * comma, a colon or an opening mark (or, for a short time/setting phrase, at
 * the start of a clause).
 */
function skipAdjuncts(tokens: readonly Token[], j: number, end: number): number {
  const origin = j;
  let k = j;
  let settled = j;
  let onlySimple = true;
  while (k < end && k - origin <= 14) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' && t.lower !== 'that') {
      k++;
    } else if ((t.pos === 'ADP' && !NOT_ADJUNCT.has(t.lower)) || ADJUNCT_PREPOSITIONS.has(t.lower) || (t.pos === 'PROPN' && /day$/.test(t.lower))) {
      const simple = ADJUNCT_PREPOSITIONS.has(t.lower) || /day$/.test(t.lower);
      onlySimple &&= simple;
      k++;
      while (k < end && k - origin <= 14 && isNominal(tokens[k]) && tokens[k]!.lower !== 'that' && !SUBJECT_PRONOUNS.has(tokens[k]!.lower)) {
        k++;
        if (/day$/.test(tokens[k - 1]!.lower) || TIME_WORDS.has(tokens[k - 1]!.lower)) break; // "on Thursday | it may"
      }
      if (onlySimple && isClauseStart(tokens, k, end)) settled = k;
    } else {
      break;
    }
    const after = tokens[k];
    if (!after) break;
    if (after.lower === 'that' || after.text === ':') return k;
    if (after.text === ',') return k + 1 < end && isOpeningMark(tokens[k + 1]) ? k : k + 1;
    if (onlySimple && isOpeningMark(after)) return k;
  }
  return settled;
}

/** A subject-like token followed by a verb within a few tokens: the start of a complement clause. */
function isClauseStart(tokens: readonly Token[], j: number, end: number): boolean {
  // a degree adverb may open the subject: "says too much is made of ...", "said only two states have ..."
  if (tokens[j]?.pos === 'ADV' && DEGREE_ADVERBS.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  if (!t || !(isNominal(t) || t.lower === 'there')) return false;
  if (t.pos === 'DET' && t.lower === 'that') return false;
  for (let k = j + 1; k < end && k - j <= CLAUSE_LOOKAHEAD; k++) {
    const u = tokens[k]!;
    if (isVerbal(u)) return true;
    if (SENTENCE_END.test(u.text)) return false;
  }
  return false;
}

/**
 * The possessor of the noun at `noun`: "Trump's (earlier) claim" -> Trump,
 * "his claim" -> his; at most one adjective between.
 */
function possessorBefore(tokens: readonly Token[], noun: number, first: number): Phrase | null {
  let k = noun - 1;
  if (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV') k--;
  const t = tokens[k];
  if (!t || k < first) return null;
  if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower)) {
    const span = { start: t.start, end: t.end };
    return { tokenStart: k, tokenEnd: k + 1, span, head: span, kind: 'pronoun' };
  }
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) return phraseEndingAt(tokens, k, first);
  return null;
}

/** A speaker label in capitals ("WALLACE", "SEN. KAINE"): transcript style. */
function isUpperCaseName(tokens: readonly Token[], p: Phrase): boolean {
  for (let k = p.tokenStart; k < p.tokenEnd; k++) if (/\p{Ll}/u.test(tokens[k]!.text)) return false;
  return true;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerbal(tokens[k])) return true;
  return false;
}

function isClosingMark(t: Token | undefined): boolean {
  return t !== undefined && /^(["”’']|'')$/.test(t.text);
}

function isOpeningMark(t: Token | undefined): boolean {
  return t !== undefined && /^(["“‘`']|``)$/.test(t.text);
}

/** Where the content after a cue begins, trying the cue's frames in order; null when nothing reported follows. */
function contentStartAfter(tokens: readonly Token[], cue: CueMatch, end: number): { from: number; frame: Frame } | null {
  for (const frame of cue.frames) {
    const from = startForFrame(tokens, cue, frame, end);
    if (from >= 0 && from < end) return { from, frame };
  }
  return null;
}

function startForFrame(tokens: readonly Token[], cue: CueMatch, frame: Frame, end: number): number {
  if (frame === 'object') {
    // "called half of Trump's supporters "deplorables"", "criticized the act as ..."
    const t = tokens[cue.end];
    if (!t || t.lower === 'that' || t.lower === 'to' || (t.pos === 'PUNCT' && !isOpeningMark(t))) return -1;
    // a gerund is an object too: "called for reducing the corporate tax rate"
    return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) ? -1 : cue.end;
  }
  if (frame === 'infinitive') {
    // "wants to triple the size of ...": the content keeps its "to"
    const j = skipAdjuncts(tokens, cue.end, end);
    // a split infinitive keeps its adverb: "vowed to harshly punish ..."
    const verb = tokens[j + 1]?.pos === 'ADV' ? j + 2 : j + 1;
    return tokens[j]?.lower === 'to' && isVerbal(tokens[verb]) ? j : -1;
  }
  let j = skipAdjuncts(tokens, cue.end, end);
  if (frame === 'objectClause' || frame === 'objectTo') {
    const object = phraseStartingAt(tokens, j, end);
    if (!object || object.kind === 'pronoun' && /^(it|this|that)$/.test(tokens[object.tokenStart]!.lower)) return -1;
    if (frame === 'objectTo') {
      const after = tokens[object.tokenEnd]?.lower === 'to' ? object.tokenEnd : skipAdjuncts(tokens, object.tokenEnd, end);
      return tokens[after]?.lower === 'to' ? object.tokenStart : -1;
    }
    if (object.tokenEnd >= end) return -1;
    j = skipAdjuncts(tokens, object.tokenEnd, end);
  }
  const t = tokens[j];
  if (!t) return -1;
  if (t.lower === 'that' && (t.pos !== 'PRON' || isClauseStart(tokens, j + 1, end))) return j + 1;
  if (t.text === ':' || t.text === ',') return isOpeningMark(tokens[j + 1]) || t.text === ':' ? j + 1 : -1;
  // an indirect question: "wondered whether the moderators will be fair"
  if (frame === 'clause' && WH_COMPLEMENT.has(t.lower) && isClauseStart(tokens, j + 1, end)) return j;
  if (isOpeningMark(t)) return j;
  return isClauseStart(tokens, j, end) ? j : -1;
}

/** Content end: the sentence end without its final punctuation, or an earlier stop. */
function contentEnd(tokens: readonly Token[], from: number, end: number, frame: Frame, stops: readonly number[], bounded = false): number {
  // no reported content runs for hundreds of words; the cap keeps a sentence that never
  // ends ("he said that he said that ...") linear instead of quadratic
  let stop = Math.min(end, from + MAX_CONTENT_TOKENS);
  const next = firstAfter(stops, from);
  if (next !== undefined && next < stop) stop = next;
  if (frame === 'object') {
    // a comma inside the closing mark ('a "nasty guy," an "anchor baby"') does not end the object
    for (let k = from + 1; k < stop; k++) if ((tokens[k]!.text === ',' && !isClosingMark(tokens[k + 1])) || tokens[k]!.text === ';') {
      stop = k;
      break;
    }
  }
  if (bounded) stop = contentBoundary(tokens, from, stop, frame);
  while (stop > from && (tokens[stop - 1]!.pos === 'PUNCT' && !/^["”'’`]+$/.test(tokens[stop - 1]!.text))) stop--;
  while (stop > from && /^(and|but|or)$/.test(tokens[stop - 1]!.lower)) stop--;
  while (stop > from && tokens[stop - 1]!.text === ',') stop--;
  return stop;
}

const MAX_CONTENT_TOKENS = 250;
/** Characters a capped content can span, generously: how far back a content holding a cue can start. */
const MAX_CONTENT_CHARS = MAX_CONTENT_TOKENS * 40;

/**
 * An attribution whose cue lies inside another's content is nested in it.
 * Contents sorted by start, and a content starts at most MAX_CONTENT_CHARS
 * before a cue it holds, so each look-up is short even in a sentence with
 * thousands of cues.
 */
function markNested(found: Attribution[]): void {
  const byStart = found.map((b) => ({ b, span: b.narrow ?? b.content })).sort((x, y) => x.span.start - y.span.start);
  for (const a of found) {
    const lo = firstNotBefore(byStart.length, (i) => byStart[i]!.span.start <= a.cue.start);
    a.nested = false;
    for (let i = lo - 1; i >= 0 && byStart[i]!.span.start >= a.cue.start - MAX_CONTENT_CHARS; i--) {
      const { b, span } = byStart[i]!;
      if (b !== a && span.start <= a.cue.start && a.cue.end <= span.end) {
        a.nested = true;
        break;
      }
    }
  }
}

/** The first value greater than `from` in an ascending list. */
function firstAfter(sorted: readonly number[], from: number): number | undefined {
  return sorted[firstNotBefore(sorted.length, (i) => sorted[i]! <= from)];
}

const TIME_WORDS: ReadonlySet<string> = new Set([...words.timeWords.words, ...words.weekdays.words]);

/**
 * After a trailing "..., X said" only a setting may follow the cue ("on
 * Tuesday", "in a statement", "this week"), up to the next comma: an object
 * ("the communiqué mentioned the threats") means the cue is not reporting
 * what came before.
 */
function onlyAdjunctsAfter(tokens: readonly Token[], from: number, end: number): boolean {
  const next = tokens[from];
  if (!next || from >= end) return true;
  if (!(next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || TIME_WORDS.has(next.lower))) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return true;
    if (isVerbal(t) || t.lower === 'that' || isOpeningMark(t)) return false;
  }
  return true;
}

/** Where the content resumes after a parenthetical "..., X said, ...", or 0 when the sentence ends with the attribution. */
function resumesAfter(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.text !== ',') continue;
    const next = tokens[k + 1];
    if (k + 2 >= end || !next || isOpeningMark(next)) return 0;
    // "..., Kishida said this week, following an October promise": a participle adjunct, not the content
    if (next.pos === 'VERB' && next.lower.endsWith('ing')) return 0;
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the sentence resumes
    return k + 1;
  }
  return 0;
}

/** After an inverted "..., said X": an apposition may follow, but no clause. */
function onlyAppositionAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)) || isOpeningMark(t)) return false;
  }
  return true;
}

/**
 * "The plan, we reported, ...": a trailing first- or second-person attribution
 * is the narrator's aside, not a report. (A leading one, "I know that ...",
 * is kept: the writer's own belief, a source without a name.)
 */
const NARRATOR: ReadonlySet<string> = new Set(words.narratorPronouns.words);

function blockedBefore(tokens: readonly Token[], cue: CueMatch, first: number): boolean {
  let k = cue.start - 1;
  while (k >= first && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not')) k--;
  const t = tokens[k];
  if (!t || k < first) return false;
  return (passiveBlockers.has(t.lower) && !cue.participle && !cue.predicative) || (t.lower === 'to' && !infinitiveSubject(tokens, cue, first));
}

/**
 * "prompted Zhao from the Chinese foreign ministry to warn that ...": an
 * infinitive cue's subject is the object of the verb before it.
 */
function infinitiveSubject(tokens: readonly Token[], cue: CueMatch, first: number): Phrase | null {
  const to = cue.start - 1;
  for (let k = to - 1; k >= first && to - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !cueAt(tokens, k)) {
      const object = phraseStartingAt(tokens, k + 1, to);
      return object && object.kind !== 'pronoun' ? object : null;
    }
    if (t.pos === 'AUX' || t.pos === 'PUNCT') return null;
  }
  return null;
}

/**
 * Reporting cues in one sentence and what they report: "X said (that) CLAUSE",
 * "CLAUSE, X said", "CLAUSE, said X", "X told Y that ...", "X urged Y to ...",
 * "X called for NP", "According to X, CLAUSE" / "CLAUSE, according to X".
 * `inQuote[t]` marks tokens inside quotation marks: speech verbs quoted from
 * someone else are not this text's attributions.
 */
export function findAttributions(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  sentenceIndex: number,
  inQuote: Uint8Array,
): Attribution[] {
  const sentence = sentences[sentenceIndex]!;
  const { tokenStart: first, tokenEnd: end } = sentence;
  const found: Attribution[] = [];
  const cues: CueMatch[] = [];
  for (let i = first; i < end; i++) {
    if (inQuote[i]) continue;
    const cue = stanceAt(tokens, i) ?? cueAt(tokens, i) ?? thatClauseVerbAt(tokens, i);
    if (cue) {
      cues.push(cue);
      i = cue.end - 1;
    }
  }
  // a following ", adding that" / "and urging" starts another attribution
  const stops = cues
    .filter((c) => /^(,|and|but)$/.test(tokens[c.start - 1]?.lower ?? '') && (c.participle || tokens[c.start - 1]!.text !== ','))
    .map((c) => (tokens[c.start - 2]?.text === ',' ? c.start - 2 : c.start - 1));
  // "When Clinton noted that A, Trump boasted B": a later cue with its own subject after a comma ends the earlier content
  for (const c of cues) {
    if (c.participle) continue;
    const s = subjectBefore(tokens, c.start, first);
    if (s && s.start - 1 > first && tokens[s.start - 1]!.text === ',') stops.push(s.start - 1);
  }
  // "CLAUSE, according to X": the source phrase ends what other cues in CLAUSE report
  for (let i = first + 1; i < end; i++) {
    if (!inQuote[i] && accordingToAt(tokens, i) && i - first > 2) stops.push(tokens[i - 1]!.text === ',' ? i - 1 : i);
  }
  stops.sort((a, b) => a - b);
  let lastSubject: Phrase | null = null;

  const push = (cue: Span, subject: Phrase | null, fromToken: number, to: number, narrowTo = to, frame?: Frame): void => {
    // no content is longer than MAX_CONTENT_TOKENS (see contentEnd): later look-ups rely on it
    const from = Math.max(fromToken, to - MAX_CONTENT_TOKENS);
    if (to - from < 2) return;
    const attribution: Attribution = {
      cue,
      subject,
      content: { start: tokens[from]!.start, end: tokens[to - 1]!.end },
      contentTokens: [from, to],
      sentence: sentenceIndex,
    };
    if (frame) attribution.frame = frame;
    if (narrowTo < to && narrowTo - from >= 1) attribution.narrow = { start: tokens[from]!.start, end: tokens[narrowTo - 1]!.end };
    found.push(attribution);
  };
  const cueSpan = (c: CueMatch): Span => ({ start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end });

  // "Pat Caddell: Democrat voters worried ..." (headlines), "PENCE: Well, look, ..." (transcripts)
  // a transcript's turns may each sit in marks: '"PENCE: Well, ...' (a paragraph that opens a quotation continued below)
  const labelStart = isOpeningMark(tokens[first]) ? first + 1 : first;
  const label = phraseStartingAt(tokens, labelStart, end);
  if (
    label &&
    label.kind === 'name' &&
    tokens[label.tokenStart]!.pos === 'PROPN' &&
    label.tokenEnd - first <= 5 &&
    tokens[label.tokenEnd]?.text === ':' &&
    (!inQuote[labelStart] || (labelStart > first && isUpperCaseName(tokens, label)))
  ) {
    let last = sentenceIndex;
    while (sentences[last + 1] && sentences[last + 1]!.paragraph === sentence.paragraph && sentence.paragraph >= 0) last++;
    const colon = label.tokenEnd;
    const to = contentEnd(tokens, colon + 1, sentences[last]!.tokenEnd, 'clause', []);
    push({ start: tokens[colon]!.start, end: tokens[colon]!.end }, label, colon + 1, to);
    if (found.length > 0) found[found.length - 1]!.label = true;
    return found;
  }
  // a headline's "A lesson from Loretta Lynch: 'Be the voice ...'": the name before the colon says the quotation
  if (sentence.paragraph < 0) {
    for (let c = first + 1; c + 1 < end; c++) {
      if (tokens[c]!.text !== ':' || inQuote[c] || !isOpeningMark(tokens[c + 1])) continue;
      const speaker = phraseEndingAt(tokens, c, first);
      if (speaker && speaker.kind === 'name') push({ start: tokens[c]!.start, end: tokens[c]!.end }, speaker, c + 1, contentEnd(tokens, c + 1, end, 'clause', []));
      break;
    }
  }

  for (let i = first; i < end; i++) {
    if (inQuote[i]) continue;
    if (accordingToAt(tokens, i)) {
      const source = phraseStartingAt(tokens, i + 2, end) ?? looseSource(tokens, i + 2, end);
      if (!source) continue;
      const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
      if (i === first || (i - first <= 2 && tokens[i - 1]!.pos !== 'PUNCT')) {
        let k = source.tokenEnd;
        while (k < end && tokens[k]!.text !== ',') k++;
        if (k < end) push(cue, source, k + 1, contentEnd(tokens, k + 1, end, 'clause', []));
      } else {
        const to = tokens[i - 1]!.text === ',' ? i - 1 : i;
        // "The company, according to reports, has lost ...": the clause resumes after the source
        const resumes = tokens[source.tokenEnd]?.text === ',' ? source.tokenEnd + 1 : -1;
        if (resumes > 0 && resumes < end && tokens[i - 1]!.text === ',' && hasVerb(tokens, resumes, end) && !hasVerb(tokens, first, to)) {
          push(cue, source, first, contentEnd(tokens, resumes, end, 'clause', []));
        } else push(cue, source, first, to);
      }
      i++;
      continue;
    }
  }

  // "Trump's claim that ...", "her acknowledgment that ...": a reporting noun with its possessor
  for (let i = first + 1; i < end; i++) {
    const noun = tokens[i]!;
    if (inQuote[i] || noun.pos !== 'NOUN' || !NOMINAL_CUES.has(noun.lower) || tokens[i + 1]?.lower !== 'that') continue;
    const owner = possessorBefore(tokens, i, first);
    // without a possessor ("the claim that ...") the report stays, its source unknown
    if (!isClauseStart(tokens, i + 2, end)) continue;
    const from = i + 2;
    push({ start: noun.start, end: noun.end }, owner, from, contentEnd(tokens, from, end, 'clause', stops), contentEnd(tokens, from, end, 'clause', stops, true), 'clause');
  }

  for (const cue of cues) {
    const before = tokens[cue.start - 1];
    if (blockedBefore(tokens, cue, first)) continue;

    // "CLAUSE, said X" / "CLAUSE, X said": the content is what precedes
    if (cue.frames.includes('clause') || cue.frames.includes('objectClause')) {
      // "Ann Lee, a spokeswoman for the group, said ...": what precedes is the subject with its apposition, not content
      const appositive = before?.text === ',' ? subjectBefore(tokens, cue.start, first) : null;
      if (before?.text === ',' && cue.start - 1 > first && !cue.participle && !(appositive && appositive.start === first)) {
        const subject = subjectAfter(tokens, cue.end, end);
        if (subject && onlyAppositionAfter(tokens, subject.tokenEnd, end)) {
          push(cueSpan(cue), subject, first, cue.start - 1);
          lastSubject = subject;
          continue;
        }
      }
      const trailing = subjectBefore(tokens, cue.start, first);
      if (
        trailing &&
        !cue.participle &&
        !(trailing.phrase.kind === 'pronoun' && NARRATOR.has(tokens[trailing.phrase.tokenStart]!.lower)) &&
        tokens[trailing.start - 1]?.text === ',' &&
        trailing.start - 1 > first &&
        onlyAdjunctsAfter(tokens, cue.end, end)
      ) {
        // "Acts of protest, Mr. Obama said, are acts of patriotism": the attribution sits inside its content
        const resumes = resumesAfter(tokens, cue.end, end);
        push(cueSpan(cue), trailing.phrase, first, resumes ? contentEnd(tokens, resumes, end, 'clause', stops) : trailing.start - 1);
        lastSubject = trailing.phrase;
        continue;
      }
    }

    const content = contentStartAfter(tokens, cue, end);
    if (!content) continue;
    const { from, frame } = content;
    let subject: Phrase | null = null;
    const coordinated = before !== undefined && (before.lower === 'and' || before.lower === 'but');
    if (coordinated && lastSubject) {
      subject = lastSubject;
    } else if (cue.participle) {
      const adjacent = before && before.text !== ',' ? phraseEndingAt(tokens, cue.start, first) : null;
      subject = adjacent ?? lastSubject ?? mainSubject(tokens, first, cue.start, inQuote);
    } else if (tokens[cue.start - 1]?.lower === 'to') {
      subject = infinitiveSubject(tokens, cue, first);
    } else {
      subject = subjectBefore(tokens, cue.start, first)?.phrase ?? null;
    }
    if (!subject) continue;
    // an infinitive cue ("prompted Zhao to warn") counts only with an explicit complement: "that", a colon or a quotation
    if (before?.lower === 'to' && !(tokens[from - 1]?.lower === 'that' || tokens[from - 1]?.text === ':' || isOpeningMark(tokens[from]))) continue;
    lastSubject = subject;
    const to = contentEnd(tokens, from, end, frame, stops);
    const narrowTo = contentEnd(tokens, from, end, frame, stops, true);
    push(cueSpan(cue), subject, from, to, narrowTo, frame);
  }
  // a cue inside another attribution's content ("Fowler said he expects Clinton to ...") is part of that report
  markNested(found);
  return found;
}

/** "according to reports": wink may tag the source's noun as a verb; take the words up to the next comma. */
function looseSource(tokens: readonly Token[], start: number, end: number): Phrase | null {
  let stop = start;
  while (stop < end && stop - start < 8 && tokens[stop]!.pos !== 'PUNCT') stop++;
  if (stop === start) return null;
  const span = { start: tokens[start]!.start, end: tokens[stop - 1]!.end };
  return { tokenStart: start, tokenEnd: stop, span, head: span, kind: 'nominal' };
}

/** The subject of the sentence's first verb outside quotation marks ("On Monday, spokesman Zhao Lijian slammed ..."). */
function mainSubject(tokens: readonly Token[], first: number, before: number, inQuote: Uint8Array): Phrase | null {
  for (let k = first + 1; k < before; k++) {
    if (inQuote[k] || !isVerbal(tokens[k])) continue;
    const s = subjectBefore(tokens, k, first);
    if (s) return s.phrase;
  }
  return null;
}
