import type { ResolveLayer, Sentence, Token } from '../../document';
import type { Speaker } from '../../schema';
import speakers from '../../data/quotes/speakers.json';
import outlets from '../../data/entities/news-outlets.json';
import type { Phrase } from './phrases';
import { isTightHyphen } from '../../nlp/hyphens';
import { isPossessiveMark } from '../../nlp/possessive-split';
import { isPublishedHead, publishedHeadWithin } from './documents';
import { isCommonWord } from '../../nlp/common-words';

/** 'Harris-Decima', also with the Unicode hyphen U+2010. */
const PUBLISHER_HYPHENS: ReadonlySet<string> = new Set(['-', '‐']);

/** How far past the phrase the publisher may be named ("a new article in Politico", "a 2014 study by Loyola Law School professor Justin Levitt"). */
const MAX_REACH = 10;
/** Words that may join a document to its publisher: "a poll by X", "an article in X", "a statement from X". */
const LINKS: ReadonlySet<string> = new Set(speakers.published.links);
/**
 * Outlets named by one word that is also a common word or a name ("Nature", "Science", "Variety", "Fortune":
 * news-outlets.json's citedBeforeOnly and citedStrongly, and the one-word citedOnly ones), lower-cased
 */
const COMMON_WORD_OUTLETS: ReadonlySet<string> = new Set(
  [...outlets.citedOnly, ...outlets.citedBeforeOnly, ...outlets.citedStrongly].filter((name) => !name.includes(' ')).map((name) => name.toLowerCase()),
);

/**
 * "A Quinnipiac University poll found ...", "according to a new article in
 * Politico", "a USA TODAY analysis shows": a document speaks for whoever
 * published it. When a speaker phrase heads in a published document and names
 * a person or organization (inside it, or after "by", "in", "from", "of"),
 * that one is the speaker; otherwise null (the document names no one and its
 * quote is not output, referents.ts).
 */
export function publisherOf(
  source: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  layer: ResolveLayer | undefined,
  phrase: Phrase | null,
): Speaker | null {
  if (!layer || !phrase || phrase.kind === 'pronoun') return null;
  if (!hasPublishedHead(tokens, phrase)) return null;
  const sentence = tokens[phrase.tokenStart]!.sentence;
  const limit = Math.min(tokens.length, phrase.tokenEnd + MAX_REACH);
  for (let k = phrase.tokenStart; k < limit; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.inQuote) break;
    // past the phrase only nominal words and the links that join a publisher
    if (k >= phrase.tokenEnd && !(LINKS.has(t.lower) || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.lower === "'s" || t.lower === '’s')) break;
    const m = layer.mentionAtToken[k]!;
    if (m < 0) continue;
    const placed = layer.mentions[m]!;
    // "The Obama administration's first report": a name modifying another noun does not own the document; that noun's phrase does
    const owner = k < phrase.tokenEnd ? modifiedNominal(source, tokens, phrase, placed.mention.end) : null;
    if (owner) return owner;
    // "a study by the Pew Research Center": whoever a document is by wrote it, whatever type the entity stage gave it
    if (placed.entity.type !== 'person' && placed.entity.type !== 'organization' && !afterBy(tokens, k)) continue;
    return { entityId: placed.entity.id, name: placed.entity.name, mention: { start: placed.mention.start, end: placed.mention.end } };
  }
  return commonOwner(source, tokens, phrase) ?? unrecognizedPublisher(source, tokens, sentences, layer, phrase);
}

/**
 * "according to the electoral council's count", "the company's report said": a definite owner of common nouns in the
 * possessive publishes the document and is kept as a group nominal without an entity ("the electoral council");
 * null when the possessive is not right before the document's head or the owner is not a definite noun phrase.
 */
function commonOwner(source: string, tokens: readonly Token[], phrase: Phrase): Speaker | null {
  const head = lastPublishedHead(tokens, phrase);
  const last = head - 2;
  if (last <= phrase.tokenStart || !possessiveBefore(tokens, head) || tokens[phrase.tokenStart]!.lower !== 'the') return null;
  for (let k = phrase.tokenStart + 1; k <= last; k++) {
    const t = tokens[k]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || t.text !== t.lower) return null;
  }
  if (tokens[last]!.pos !== 'NOUN') return null;
  return groupNominal(source, tokens, phrase.tokenStart, last);
}

/** The last word of the phrase that names a published document, or -1. */
function lastPublishedHead(tokens: readonly Token[], phrase: Phrase): number {
  let head = -1;
  for (let k = phrase.tokenStart; k < phrase.tokenEnd; k++) if (isPublishedHead(tokens[k]!)) head = k;
  return head;
}

/** The token before `head` is a possessive mark: "'s", or the plural's lone apostrophe ("the trade unions' count"). */
function possessiveBefore(tokens: readonly Token[], head: number): boolean {
  return isPossessiveMark(tokens, head - 1);
}

/** The source text from token `from` to token `to` (inclusive), as a speaker without an entity. */
function groupNominal(source: string, tokens: readonly Token[], from: number, to: number): Speaker {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { entityId: null, name: source.slice(start, end), mention: { start, end } };
}

/**
 * When the name ending at offset `nameEnd` inside the phrase is followed by
 * common nouns that are not the document ("The Obama administration's first
 * report", "a Trump campaign memo"), the phrase from its start to the last of
 * those nouns, kept as a group nominal without an entity; else null ("A
 * Quinnipiac University poll": the name is followed by the document itself).
 */
function modifiedNominal(source: string, tokens: readonly Token[], phrase: Phrase, nameEnd: number): Speaker | null {
  let k = phrase.tokenStart;
  while (k < phrase.tokenEnd && tokens[k]!.end <= nameEnd) k++;
  let last = -1;
  for (; k < phrase.tokenEnd && tokens[k]!.pos === 'NOUN' && !isPublishedHead(tokens[k]!); k++) last = k;
  if (last < 0) return null;
  return groupNominal(source, tokens, phrase.tokenStart, last);
}

/** Token `k` opens the name after "by" (and an article): "a study by the Pew Research Center". */
function afterBy(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return tokens[before]?.lower === 'by';
}

/**
 * "according to a national Gallup Poll": a proper name right before the
 * document's head that the entity stage did not recognize is its publisher,
 * kept as a name without an entity; a name that is an entity (a place: "an
 * Iowa poll") publishes nothing. The name is the source text between the
 * name's first and last token, as written ("Harris-Decima", "Ipsos\u00a0MORI"),
 * not its tokens joined with spaces.
 */
function unrecognizedPublisher(source: string, tokens: readonly Token[], sentences: readonly Sentence[], layer: ResolveLayer, phrase: Phrase): Speaker | null {
  let head = lastPublishedHead(tokens, phrase);
  // "according to POLITICO's analysis": the possessor is the publisher, its "'s" no part of the name
  const possessive = head - 2 >= phrase.tokenStart && possessiveBefore(tokens, head) && isUnrecognizedName(tokens, layer, head - 2);
  if (possessive) head--;
  let start = head;
  for (;;) {
    if (start - 1 >= phrase.tokenStart && isUnrecognizedName(tokens, layer, start - 1)) start--;
    // a hyphen written tight between two name words joins them: "Harris-Decima"
    else if (start - 2 >= phrase.tokenStart && start < head && isTightHyphen(tokens, start - 1, PUBLISHER_HYPHENS) && isUnrecognizedName(tokens, layer, start - 2)) start -= 2;
    else break;
  }
  // the name opens with a capital: a lower-case word the tagger read as a name ("a new ... poll") is not part of it
  while (start < head && !/^\p{Lu}/u.test(tokens[start]!.text)) start++;
  if (head < 0 || start === head || /^\d/.test(tokens[start]!.text)) return null;
  // "Preliminary report says crew fought ...", "Foreign papers weigh in on ...": in a headline or a deck (a line without a
  // final stop) a common word capitalized only because it opens the line is the document's modifier, no publisher's
  // name. (In running text "Exit polls showed", "Early results show" are read as before: PolNeAR marks them as sources,
  // and dropping them cost one matched dev quote). An outlet named by a common word is a publisher ("Nature study finds")
  const word = tokens[start]!.lower;
  if (start === head - 1 && opensSentence(tokens, start) && isCommonWord(word) && !COMMON_WORD_OUTLETS.has(word) && headlineLike(tokens, sentences, start)) return null;
  return groupNominal(source, tokens, start, head - 1);
}

/** Token `k` opens its sentence, or what follows a headline's colon or dash ("World press review: Foreign papers ..."). */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence || /^[:—–-]$/.test(tokens[k - 1]!.text);
}

/** The sentence of token `k` is the headline, or a line that ends without a stop (a deck, a subhead). */
function headlineLike(tokens: readonly Token[], sentences: readonly Sentence[], k: number): boolean {
  const sentence = sentences[tokens[k]!.sentence];
  const last = sentence ? sentence.tokenEnd - 1 : k;
  return tokens[k]!.paragraph === -1 || !/^[.!?"”’')]+$/.test(tokens[last]!.text);
}

function isUnrecognizedName(tokens: readonly Token[], layer: ResolveLayer, k: number): boolean {
  return tokens[k]!.pos === 'PROPN' && layer.mentionAtToken[k]! < 0;
}

/** The phrase names a published document: its last word, or its first noun ("a poll of voters"). */
export function hasPublishedHead(tokens: readonly Token[], phrase: Phrase): boolean {
  return publishedHeadWithin(tokens, phrase.tokenStart, phrase.tokenEnd);
}
