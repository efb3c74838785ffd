import { readInterviewTurns } from '../../nlp/interview-turns';
import type { Doc, Sentence, Span, Token, TokenLayer } from '../../document';
import type { Stage } from '../../stage';
import { isRegExpSpace, lowerOf, normalizeText, originalEnd, winkView } from '../../nlp/characters';
import { lemmasFor } from '../../nlp/morphology';
import { TokenRecord } from './token-record';
import { repairPos } from '../../nlp/pos-repairs';
import { narrowNegationScopes } from '../../nlp/negation-scope';
import { repairContractionLemmas } from '../../nlp/contraction-lemmas';
import { findQuotations, markQuotedTokens } from '../../nlp/quotations';
import { shapeOf } from '../../nlp/shape';
import { MAX_TOKENS_PER_WINK_TOKEN } from '../../nlp/glued-punctuation';
import { forgetCompoundWords, lexemeText, lexiconSize, wink } from '../../nlp/wink';
import { NOT_SPLIT, splitWinkToken, type WinkTokenInRegion } from './token-splits';
import { refineSentenceStarts } from './sentences';
import { opensQuotedSentence } from './quoted-sentence';
import { titleCaseReadings } from '../../nlp/title-case';
import { factsById, knownFactsById, rememberLemma, WordFacts, wordFacts, wordFactsById } from './word-facts';
import { packedMap } from '../../packed';

/**
 * The linguistic layer: tokens with their normalized text, lemma, POS,
 * negation, quotation, sentence, paragraph and shape, for the headline and
 * every story paragraph, read once with wink-nlp; every later stage reads
 * these and none recomputes them. Boilerplate that the clean stage removed
 * is never tokenized. wink reads a view of the text in which letters beyond
 * ASCII and invisible characters cannot split a word (src/nlp/characters.ts);
 * offsets stay on the source. wink's sentence breaks are refined afterwards
 * (abbreviations, quotes, brackets, list items), on wink's own tags. wink's
 * tags are kept as `tag`; `pos` is the tag after the repairs in
 * src/nlp/pos-repairs.ts, run once the sentences are known.
 */
export const tokenizeStage: Stage<'tokens'> = {
  name: 'tokens',
  requires: ['clean'],
  run(doc: Doc): TokenLayer {
    const clean = doc.clean!;
    const regions: Array<{ span: Span; paragraph: number }> = [];
    if (clean.headline) regions.push({ span: clean.headline, paragraph: -1 });
    clean.paragraphs.forEach((span, paragraph) => regions.push({ span, paragraph }));
    // the quotations are read off the source, before the tokens: the sentence refinement asks them (quoted-sentence.ts)
    const quotations = findQuotations(doc.source, packedMap(regions, (r) => r.span));
    const layer: TokenLayer = { tokens: [], sentences: [], quotations };
    for (const region of regions) {
      for (const piece of splitAtLongRuns(doc.source, region.span)) {
        if (piece.longRun) addLongRun(doc.source, piece.span, region.paragraph, layer);
        else tokenizeRegion(doc.source, piece.span, region.paragraph, layer);
      }
    }
    markQuotedTokens(layer.tokens, layer.quotations);
    repairPos(layer.tokens, layer.sentences);
    // wink's negation flag runs to the next punctuation: narrowed once here, on the repaired tags, for every stage
    narrowNegationScopes(layer.tokens);
    repairContractionLemmas(layer.tokens);
    // an interview's turns are a fact of the text both resolve (who answers) and quotes (which 'Q' is a label) read
    layer.interview = readInterviewTurns(doc.source, layer.tokens, layer.sentences, clean);
    return layer;
  },
};

/** A run of non-space characters this long or longer is kept away from wink-nlp's tokenizer (over 100 characters). */
const LONG_RUN = 101;

/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run of
 * non-space characters ("Abc-Abc-Abc-...", a 200,000-letter "word": minutes).
 * Runs longer than any word or ordinary URL are kept away from it and become
 * one token and one sentence of their own. The runs are found by a loop over the
 * characters, not /\S{101,}/g, which re-reads every word from each of its letters; and
 * the loop skips: a run long enough starting at `runStart` has no space among its first
 * LONG_RUN characters, so the window is read from its far end back to its last space, and
 * the next run can start no sooner than after that space. Ordinary prose (a space every few
 * letters) is read a few characters in each hundred instead of every one.
 */
function splitAtLongRuns(source: string, region: Span): Array<{ span: Span; longRun: boolean }> {
  const pieces: Array<{ span: Span; longRun: boolean }> = [];
  let cursor = region.start;
  let runStart = region.start;
  while (runStart + LONG_RUN <= region.end) {
    let space = runStart + LONG_RUN - 1;
    while (space >= runStart && !isRegExpSpace(source.charCodeAt(space))) space--;
    if (space >= runStart) {
      runStart = space + 1;
      continue;
    }
    let end = runStart + LONG_RUN;
    while (end < region.end && !isRegExpSpace(source.charCodeAt(end))) end++;
    if (runStart > cursor) pieces.push({ span: { start: cursor, end: runStart }, longRun: false });
    pieces.push({ span: { start: runStart, end }, longRun: true });
    cursor = end;
    runStart = end + 1;
  }
  if (cursor < region.end) pieces.push({ span: { start: cursor, end: region.end }, longRun: false });
  return pieces;
}

function addLongRun(source: string, span: Span, paragraph: number, layer: TokenLayer): void {
  const text = normalizeText(source.slice(span.start, span.end));
  const index = layer.sentences.length;
  const previous = layer.tokens[layer.tokens.length - 1];
  const lower = lowerOf(text);
  const lineStart = previous === undefined || /[\n\r]/.test(source.slice(previous.end, span.start));
  const facts = new WordFacts(text, lower, shapeOf(text), lower, lemmasFor(lower, lower));
  layer.tokens.push(new TokenRecord(span.start, span.end, text, facts, 'X', false, index, paragraph, lineStart));
  const tokenStart = layer.tokens.length - 1;
  // (read like any sentence: the looser reading counts the pieces of a hyphenated run)
  const { titleCase, mostlyTitleCase } = titleCaseReadings(layer.tokens, { tokenStart, tokenEnd: tokenStart + 1 });
  layer.sentences.push({ start: span.start, end: span.end, tokenStart, tokenEnd: tokenStart + 1, paragraph, titleCase, mostlyTitleCase });
}

function tokenizeRegion(source: string, region: Span, paragraph: number, layer: TokenLayer): void {
  const nlp = wink();
  const its = nlp.its;
  const text = source.slice(region.start, region.end);
  if (text.trim() === '') return;
  const view = winkView(text);
  const read = view ? view.text : text;
  const known = lexiconSize();
  const wdoc = nlp.readDoc(read);
  const tokens = wdoc.tokens();
  // a token's value is its lexeme's text (wink's its.value reads the same list): no fifth pass through wink's items
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const tags = tokens.out(its.pos) as string[];
  // wink's lemma is asked for a token only when the word's lemma as this part of speech is not known (knownFactsById)
  const contractions = tokens.out(its.contractionFlag) as unknown as boolean[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // what this text taught wink must not change how the next one is read (see forgetCompoundWords)
  forgetCompoundWords(known);

  // wink's token index -> our token index (whitespace tokens are dropped)
  const first = layer.tokens.length;
  // (a possessive read whole becomes two tokens, a run of marks such as ")-':" up to four: glued-punctuation.ts)
  const { indexOf, spaceBefore, starts } = scratchFor(MAX_TOKENS_PER_WINK_TOKEN * ids.length);
  const reading: WinkTokenInRegion = {
    text, read, view, regionStart: region.start, paragraph, layer, first, spaceBefore, indexOf, ids, tags, negations, contractions,
    i: 0, start: 0, end: 0, word: '', tag: '', lineStart: false, cursor: 0,
  };
  let cursor = 0;
  let lastEnd = -1;
  for (let i = 0; i < ids.length; i++) {
    // a word read before carries wink's value for its id (word-facts.ts factsById): wink's lexicon list is read only for a new one
    const seen = factsById(ids[i]!);
    const value = seen !== undefined ? seen.text : lexemeText(ids[i]!);
    indexOf[i] = layer.tokens.length;
    const at = locate(read, value, cursor);
    if (at < 0 || isBlank(value)) continue;
    cursor = at + value.length;
    // offsets in the region's own text (the view maps back to it)
    const start = view ? view.origin[at]! : at;
    const end = view ? originalEnd(text, view.origin, cursor) : cursor;
    const lineStart = lastEnd < 0 || hasLineBreak(text, lastEnd, start);
    // without a view the region's own characters are wink's value; with one, nearly always: compared in place, no slice per token
    const asRead = view === null || (end - start === value.length && text.startsWith(value, start));
    const word = asRead ? value : normalizeText(text.slice(start, end));
    const tag = tags[i] ?? 'X';
    spaceBefore[layer.tokens.length - first] = lastEnd >= 0 && start > lastEnd ? 1 : 0;
    lastEnd = end;
    // a mark written onto a word or onto another mark, which wink read as one token, becomes its own token (token-splits.ts)
    if (end - start === word.length) {
      reading.i = i;
      reading.start = start;
      reading.end = end;
      reading.word = word;
      reading.tag = tag;
      reading.lineStart = lineStart;
      reading.cursor = cursor;
      const used = splitWinkToken(reading);
      if (used !== NOT_SPLIT) {
        // the following wink tokens the split took into its last token: read on after them
        for (let k = 0; k < used; k++) cursor += lexemeText(ids[++i]!).length;
        if (used > 0) lastEnd = layer.tokens[layer.tokens.length - 1]!.end - region.start;
        continue;
      }
    }
    // wink's lemma is read off the view: a word it saw through stand-in letters is its own lemma
    const facts = asRead ? factsOfWinkToken(tokens, its, i, ids[i]!, seen, word, tag, contractions[i] === true) : wordFacts(word, undefined);
    // a TokenRecord, not a literal: see token-record.ts (V8 would allocate literal tokens in old space)
    layer.tokens.push(new TokenRecord(region.start + start, region.start + end, word, facts, tag, negations[i] === true, -1, paragraph, lineStart));
  }
  addSentences(source, layer, first, sentenceSpans, indexOf, ids.length, spaceBefore, starts, paragraph);
}

/**
 * The sentences of the tokens made from one region (from `first` on): wink's sentence starts, mapped through
 * `indexOf` to our tokens, refined (sentences.ts), then each sentence recorded with whether it is written in title
 * case, and its tokens told their sentence.
 */
function addSentences(
  source: string,
  layer: TokenLayer,
  first: number,
  sentenceSpans: ReadonlyArray<[number, number]>,
  indexOf: Int32Array,
  winkCount: number,
  spaceBefore: Uint8Array,
  starts: Uint8Array,
  paragraph: number,
): void {
  const after = layer.tokens.length;
  if (after === first) return;

  starts.fill(0, 0, after - first);
  for (const [firstToken] of sentenceSpans) {
    const index = firstToken < winkCount ? indexOf[firstToken]! : after;
    if (index < after) starts[index - first] = 1;
  }
  // the records made above carry text, wink's tag (the repairs run later) and lineStart
  const quotedSentence = (i: number): boolean => opensQuotedSentence(source, layer.quotations, layer.tokens[first + i]!.start);
  const refined = refineSentenceStarts(layer.tokens.slice(first, after), spaceBefore, starts, quotedSentence);

  let sentenceStart = first;
  for (let t = first + 1; t <= after; t++) {
    if (t < after && refined[t - first] === 0) continue;
    const { titleCase, mostlyTitleCase } = titleCaseReadings(layer.tokens, { tokenStart: sentenceStart, tokenEnd: t });
    const sentence: Sentence = {
      start: layer.tokens[sentenceStart]!.start,
      end: layer.tokens[t - 1]!.end,
      tokenStart: sentenceStart,
      tokenEnd: t,
      paragraph,
      titleCase,
      mostlyTitleCase,
    };
    const index = layer.sentences.length;
    for (let k = sentenceStart; k < t; k++) layer.tokens[k]!.sentence = index;
    layer.sentences.push(sentence);
    sentenceStart = t;
  }
}

type WinkTokens = ReturnType<ReturnType<ReturnType<typeof wink>['readDoc']>['tokens']>;

/**
 * The facts of wink's token i, read as wink's value; its lemma from wink only when not known for its part of
 * speech. (`its` is passed in, not taken from wink(): that may replace the instance, never mid-paragraph.)
 */
function factsOfWinkToken(
  tokens: WinkTokens,
  its: ReturnType<typeof wink>['its'],
  i: number,
  id: number,
  seen: WordFacts | undefined,
  word: string,
  tag: string,
  contraction: boolean,
) {
  const known = contraction ? undefined : knownFactsById(id, tag, seen);
  if (known !== undefined) return known;
  const lemma = tokens.itemAt(i).out(its.lemma as Parameters<ReturnType<WinkTokens['itemAt']>['out']>[0]) as unknown as string | undefined;
  const facts = wordFactsById(id, word, lemma);
  if (!contraction) rememberLemma(id, tag, lemma);
  return facts;
}

/**
 * Per-paragraph arrays, reused from one paragraph to the next (grown when a longer one comes): a typed array
 * is slow to allocate, and a document has a paragraph every few hundred characters. Indexed by wink's token
 * (indexOf: wink's index -> ours) or by our token within the paragraph (a space or line break before it, a
 * sentence start); only the entries below the paragraph's count are read.
 */
let scratch = { indexOf: new Int32Array(256), spaceBefore: new Uint8Array(256), starts: new Uint8Array(256) };

function scratchFor(length: number): typeof scratch {
  if (scratch.indexOf.length < length) {
    const size = Math.max(length, scratch.indexOf.length * 2);
    scratch = { indexOf: new Int32Array(size), spaceBefore: new Uint8Array(size), starts: new Uint8Array(size) };
  }
  return scratch;
}

/** `value.trim() === ''` without the trim for the usual token, which starts with a printable ASCII character. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 0x7f) && value.trim() === '';
}

/** A line break in text[from, to): a loop, not a slice and a regular expression per token. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Where wink's token value sits in the text, at or after `cursor`. wink keeps
 * the text's characters, so this is nearly always `cursor` plus whitespace;
 * the bounded search guards against any normalization it might apply.
 */
function locate(text: string, value: string, cursor: number): number {
  // the most common case: one space before the token, which the loop below finds first (a value that does not
  // start with a space cannot be at it); compared as char codes, without a regular expression
  if (text.charCodeAt(cursor) === 32 && value.charCodeAt(0) !== 32 && text.startsWith(value, cursor + 1)) return cursor + 1;
  if (text.startsWith(value, cursor)) return cursor; // the next: wink's tokens follow each other
  let i = cursor;
  while (i < text.length && /\s/.test(text[i]!) && !text.startsWith(value, i)) i++;
  if (text.startsWith(value, i)) return i;
  // a bounded window: an unbounded indexOf per token would be quadratic on text wink rewrote
  const found = text.slice(cursor, cursor + 64 + value.length).indexOf(value);
  return found >= 0 ? cursor + found : -1;
}
