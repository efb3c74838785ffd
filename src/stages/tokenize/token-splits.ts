import type { TokenLayer } from '../../document';
import { isRegExpSpace, normalizeText, originalEnd, type winkView } from '../../nlp/characters';
import { possessiveSplitAt, posBeforePossessive } from '../../nlp/possessive-split';
import { isGluedPunctuation, webAddressEnd } from '../../nlp/glued-punctuation';
import { isGluedColonEmoticon, isWordRest, posOfJoinedWord, startsWord } from '../../nlp/emoticon-split';
import { lexemeText } from '../../nlp/wink';
import { TokenRecord } from './token-record';
import { wordFacts } from './word-facts';

/**
 * One wink token being read in a region, and what a split needs around it. tokenizeRegion makes one per region
 * and refills the token's fields for each token it offers to the splits (no object per token). A split writes
 * tokens only; it says how many of wink's following tokens it used, and tokenizeRegion moves on past them.
 */
export interface WinkTokenInRegion {
  /** the region's own text, and what wink read (its view of that text, or the same string) */
  readonly text: string;
  readonly read: string;
  readonly view: ReturnType<typeof winkView>;
  readonly regionStart: number;
  readonly paragraph: number;
  readonly layer: TokenLayer;
  /** the layer's first token from this region */
  readonly first: number;
  /** by our token within the region: a space before it */
  readonly spaceBefore: Uint8Array;
  /** wink's token index -> ours */
  readonly indexOf: Int32Array;
  readonly ids: readonly number[];
  readonly tags: readonly string[];
  readonly negations: readonly boolean[];
  readonly contractions: readonly boolean[];
  /** wink's token index, its offsets in the region's text, its text, wink's tag, and whether a line starts at it */
  i: number;
  start: number;
  end: number;
  word: string;
  tag: string;
  lineStart: boolean;
  /** where wink's next token is looked for in `read` */
  cursor: number;
}

/** NOT_SPLIT, or the number of wink's following tokens a split used as well (0 or 1) */
export type FollowingTokensUsed = number;
export const NOT_SPLIT = -1;

/** Makes tokens for the wink token and says how many following wink tokens it used, or leaves it to the next split. */
type TokenSplit = (t: WinkTokenInRegion) => FollowingTokensUsed;

/**
 * The mark tokens written onto a word or onto each other, in the order they are tried on each wink token.
 * maySplit must admit every word a split here takes: it passes most words by on their last character before any
 * split runs, so a split added here for a word ending in a letter or digit (a glued unit) needs maySplit widened too.
 */
const TOKEN_SPLITS: readonly TokenSplit[] = [splitGluedPunctuation, splitGluedColonEmoticon, splitWebAddressMarks, splitPossessive];

/**
 * Offers a wink token to each split in order; NOT_SPLIT when none made its tokens, else how many of wink's following
 * tokens the split used as well. Only a token whose text is as long as the region's characters it covers is offered
 * (each split cuts the word at a character offset).
 */
export function splitWinkToken(t: WinkTokenInRegion): FollowingTokensUsed {
  if (!maySplit(t.word)) return NOT_SPLIT;
  for (const split of TOKEN_SPLITS) {
    const used = split(t);
    if (used !== NOT_SPLIT) return used;
  }
  return NOT_SPLIT;
}

/**
 * Whether any split may take the word, read off its last character: each needs the word to end in a mark (an
 * emoticon's marks, the stop or bracket after an address) or in the "s" of a possessive, or to be a colon or
 * semicolon and one character (a colon emoticon). Most words end in another ASCII letter or a digit: they are
 * passed by here, not offered to four splits that each read the word and the text around it.
 */
export function maySplit(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const plainEnd = (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a && last !== 0x73);
  if (!plainEnd) return true;
  const first = word.charCodeAt(0);
  return word.length === 2 && (first === 0x3a || first === 0x3b);
}

function gluedBefore(t: WinkTokenInRegion): boolean {
  return t.spaceBefore[t.layer.tokens.length - t.first] === 0 && t.layer.tokens.length > t.first;
}

function gluedAfter(t: WinkTokenInRegion): boolean {
  return t.end < t.text.length && !isRegExpSpace(t.text.charCodeAt(t.end));
}

/** "(R-S.C.):" read with "):" one emoticon: a token for each mark (glued-punctuation.ts) */
function splitGluedPunctuation(t: WinkTokenInRegion): FollowingTokensUsed {
  const { word, layer, first, spaceBefore, regionStart, start, paragraph } = t;
  if (!isGluedPunctuation(word, gluedBefore(t), gluedAfter(t))) return NOT_SPLIT;
  for (let k = 0; k < word.length; k++) {
    if (k > 0) spaceBefore[layer.tokens.length - first] = 0;
    const mark = word.charAt(k);
    layer.tokens.push(new TokenRecord(regionStart + start + k, regionStart + start + k + 1, mark, wordFacts(mark, undefined), 'PUNCT', t.negations[t.i] === true, -1, paragraph, k === 0 && t.lineStart));
  }
  return 0;
}

/** "Notes:Some" read "Notes", ":S", "ome": the colon, then "Some" joined (emoticon-split.ts) */
function splitGluedColonEmoticon(t: WinkTokenInRegion): FollowingTokensUsed {
  const { word, layer, first, spaceBefore, regionStart, start, end, paragraph, text, read, view } = t;
  if (!isGluedColonEmoticon(word, gluedBefore(t), gluedAfter(t))) return NOT_SPLIT;
  layer.tokens.push(new TokenRecord(regionStart + start, regionStart + start + 1, word.charAt(0), wordFacts(word.charAt(0), undefined), 'PUNCT', false, -1, paragraph, t.lineStart));
  spaceBefore[layer.tokens.length - first] = 0;
  const cut = word.charAt(1);
  if (!startsWord(cut)) {
    layer.tokens.push(new TokenRecord(regionStart + start + 1, regionStart + end, cut, wordFacts(cut, undefined), 'PUNCT', false, -1, paragraph, false));
    return 0;
  }
  // the word wink read right after the emoticon, when written onto it, is the rest of the cut word
  const i = t.i;
  const cursor = t.cursor;
  const next = i + 1 < t.ids.length ? lexemeText(t.ids[i + 1]!) : '';
  const restAt = next !== '' && isWordRest(next) && read.startsWith(next, cursor) ? cursor : -1;
  const restEnd = restAt < 0 ? end : view ? originalEnd(text, view.origin, cursor + next.length) : cursor + next.length;
  const joined = normalizeText(text.slice(start + 1, restEnd));
  layer.tokens.push(new TokenRecord(regionStart + start + 1, regionStart + restEnd, joined, wordFacts(joined, undefined), posOfJoinedWord(joined, restAt < 0 ? 'X' : (t.tags[i + 1] ?? 'X')), restAt < 0 ? false : t.negations[i + 1] === true, -1, paragraph, false));
  if (restAt < 0) return 0;
  t.indexOf[i + 1] = layer.tokens.length - 1;
  return 1;
}

/** "(http://example.com/page)." read whole: the address, then its bracket and stop as marks (glued-punctuation.ts) */
function splitWebAddressMarks(t: WinkTokenInRegion): FollowingTokensUsed {
  const { word, layer, first, spaceBefore, regionStart, start, paragraph } = t;
  const addressEnd = word.length > 8 ? webAddressEnd(word) : word.length;
  if (addressEnd >= word.length) return NOT_SPLIT;
  const address = word.slice(0, addressEnd);
  layer.tokens.push(new TokenRecord(regionStart + start, regionStart + start + addressEnd, address, wordFacts(address, undefined), t.tag, t.negations[t.i] === true, -1, paragraph, t.lineStart));
  for (let k = addressEnd; k < word.length; k++) {
    spaceBefore[layer.tokens.length - first] = 0;
    const mark = word.charAt(k);
    layer.tokens.push(new TokenRecord(regionStart + start + k, regionStart + start + k + 1, mark, wordFacts(mark, undefined), 'PUNCT', false, -1, paragraph, false));
  }
  return 0;
}

/** "Sainsbury's," read whole: the word and its possessive, as wink reads "Sainsbury's" before a space (possessive-split.ts) */
function splitPossessive(t: WinkTokenInRegion): FollowingTokensUsed {
  const { word, layer, first, spaceBefore, regionStart, start, end, paragraph } = t;
  const mark = t.contractions[t.i] === true ? -1 : possessiveSplitAt(word);
  if (mark <= 0) return NOT_SPLIT;
  const stem = word.slice(0, mark);
  layer.tokens.push(new TokenRecord(regionStart + start, regionStart + start + mark, stem, wordFacts(stem, undefined), posBeforePossessive(stem, t.tag), t.negations[t.i] === true, -1, paragraph, t.lineStart));
  spaceBefore[layer.tokens.length - first] = 0;
  const possessive = word.slice(mark);
  layer.tokens.push(new TokenRecord(regionStart + start + mark, regionStart + end, possessive, wordFacts(possessive, undefined), 'PART', false, -1, paragraph, false));
  return 0;
}
