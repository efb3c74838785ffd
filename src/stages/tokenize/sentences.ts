import abbreviations from '../../data/clean/abbreviations.json';

/** What boundary refinement needs to know about a token (the tokens stage passes its token records). */
export interface BoundaryToken {
  readonly text: string;
  readonly pos: string;
  /** a line break precedes this token */
  readonly lineStart: boolean;
}

/** 1 (or true) where a space or line break precedes token i */
type SpaceBefore = ArrayLike<number | boolean>;

/** Whether the mark at token i opens a quotation that holds a sentence of its own (quoted-sentence.ts). */
type OpensQuotedSentence = (i: number) => boolean;

const TITLES = new Set(abbreviations.titles);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
const COMMON = new Set(abbreviations.common);
const END_BEFORE_QUOTATION = new Set(abbreviations.endBeforeQuotation);
const STARTERS = new Set(abbreviations.sentenceStarters);
const BULLET = /^(?:[•·▪►▶◦‣*]|[-–—])$/;
const TERMINAL = /^(?:[.!?]+|\.\.\.|…)$/;
const CLOSING_QUOTE = /^["”’']$/;
/** A double or curly mark that may open a quotation. */
const OPENING_QUOTE = /^["“]$/;

/**
 * Refines wink-nlp's sentence starts for one paragraph: `starts[i]` is true
 * when token i begins a sentence. Merges breaks after titles, initials and
 * abbreviations, inside brackets and before lower-case words; moves a closing
 * quote back to the sentence it closes; splits at list items and at line
 * breaks after a finished sentence or a short heading-like line. Linear in
 * the number of tokens. `starts` holds 1 for a start, 0 for none, at least
 * one entry per token; it is refined in place and returned. `quotedSentence`
 * reads the layer's quotations, found before the sentences are refined.
 */
export function refineSentenceStarts(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, starts: Uint8Array, quotedSentence: OpensQuotedSentence): Uint8Array {
  const out = starts;
  if (tokens.length === 0) return out;
  out[0] = 1;
  let quotes = 0; // straight double quotes seen in the current sentence
  let brackets = 0; // open brackets in the current sentence
  let openedAt = -1; // where the outermost open bracket was opened
  let lineTokens = 0; // tokens on the current line so far
  let previousLineTokens = Infinity;
  let previousLineEnd = '';
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const token = tokens[i]!;
    quotes += prev.text === '"' ? 1 : 0;
    const opened = brackets;
    brackets = Math.max(0, brackets + opensBracket(prev.text) - closesBracket(prev.text));
    if (opened === 0 && brackets > 0) openedAt = i - 1;
    lineTokens++;
    if (token.lineStart) {
      previousLineTokens = lineTokens;
      previousLineEnd = prev.text;
      lineTokens = 0;
    }

    // a bracket left open for long is a stray one, not a parenthesis the sentence sits in
    if (out[i] && shouldMerge(tokens, spaceBefore, i, brackets > 0 && i - openedAt < 80)) out[i] = 0;
    // a closing quote wink put at the start of the next sentence
    if (out[i] && CLOSING_QUOTE.test(token.text) && !spaceBefore[i] && (token.text !== '"' || quotes % 2 === 1)) {
      out[i] = 0;
      if (i + 1 < tokens.length) out[i + 1] = 1;
    }
    if (!out[i] && shouldSplit(tokens, spaceBefore, i, previousLineTokens, previousLineEnd, quotedSentence)) out[i] = 1;

    if (out[i]) {
      quotes = 0;
      brackets = 0;
    }
  }
  return out;
}

function shouldMerge(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, i: number, insideBrackets: boolean): boolean {
  const prev = tokens[i - 1]!;
  const token = tokens[i]!;
  // a wrapped line: the sentence goes on in lower case after a line break
  if (token.lineStart) return /^[a-z]/.test(token.text) && !TERMINAL.test(prev.text) && prev.text !== ':' && !isListMarker(tokens, spaceBefore, i);
  // "1. Open it": the item's text belongs to its number
  if ((prev.text === '.' || prev.text === ')') && i >= 2 && isListMarker(tokens, spaceBefore, i - 2)) return true;
  if (insideBrackets && !/^[)\]}]/.test(token.text)) return true;
  // 'Sen. Claire McCaskill (D-Mo.): "..."': wink breaks after the stop of "Mo." before the bracket that closes it; a
  // bracket written onto the stop and followed by a clause's mark or a lower-case word closes an aside, no sentence
  if (insideBrackets && closesBracket(token.text) === 1 && !spaceBefore[i] && continuesClause(tokens[i + 1])) return true;
  // the word before the stop: "U.S." as one token, or "U.S" + "." (wink does both)
  const detached = prev.text === '.' && i >= 2 && !spaceBefore[i - 1] ? tokens[i - 2]!.text : null;
  const abbreviation = detached ?? prev.text.replace(/\.$/, '');
  const word = abbreviation.toLowerCase();
  const endsWithDot = detached !== null || (prev.text.endsWith('.') && prev.text.length > 1);
  // nor with a comma: wink breaks after a stop inside brackets ('said Sen. Jane Doe (D-Conn.), who ...')
  if (token.text === ',') return true;
  // a sentence does not start in lower case ("iPhone" and "eBay" may)
  if (/^[a-z]/.test(token.text) && !/^[a-z]{1,3}[A-Z]/.test(token.text)) return true;
  if (!endsWithDot) return false;
  if (TITLES.has(word)) return true;
  // "Thomson Reuters I/B/E/S. Revenue rose": the last letter of a slash-joined acronym is no name's initial, its stop ends the sentence
  if (/^[A-Z]$/.test(abbreviation)) {
    const letter = detached === null ? i - 1 : i - 2;
    return /^[A-Z]/.test(token.text) && !endsSlashedAcronym(tokens, spaceBefore, letter) && !endsModelName(tokens, letter, i);
  }
  if (BEFORE_NUMBER.has(word) && /^\d/.test(token.text)) return true;
  if (COMMON.has(word) || /^(?:[a-z]\.){1,4}[a-z]$/.test(word)) {
    // "the U.S. Senate", "Apple Inc. Chief Executive": a capitalised word that rarely opens a sentence
    return !STARTERS.has(token.text.toLowerCase()) && (/^[A-Z]/.test(token.text) || /^\d/.test(token.text)) && token.pos !== 'PRON' && token.pos !== 'DET';
  }
  return false;
}

/**
 * The stop before token `i` closes an abbreviation that often ends a sentence before a quotation ("a.m.", "U.S.",
 * "Co." or "U.S" + "."); titles that stand before names ("Gov.", "St.", "Jr.") and "e.g." are not on the list.
 */
function sentenceEndingAbbreviationStop(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, i: number): boolean {
  const prev = tokens[i - 1]!;
  const detached = prev.text === '.' && i >= 2 && !spaceBefore[i - 1];
  const word = (detached ? tokens[i - 2]!.text : prev.text.slice(0, -1)).toLowerCase();
  return END_BEFORE_QUOTATION.has(word.replace(/\.$/, ''));
}

/** A token after which a sentence goes on: a comma, semicolon or colon, or a lower-case word. */
function continuesClause(token: BoundaryToken | undefined): boolean {
  return token !== undefined && (/^[,;:]$/.test(token.text) || /^[a-z]/.test(token.text));
}

/**
 * "Here it is: the Orbit X. Voss says the phone ...": a letter after a determiner and one capitalized word closes a
 * product's name ("the Orbit X", "a Model S"), not a person's initial, when the capitalized word after the stop is
 * followed by a verb, the subject of a new sentence. A name with an initial after a determiner goes on as a
 * modifier ("the John F. Kennedy Center", "a George W. Bush appointee"), never straight into a verb.
 */
function endsModelName(tokens: readonly BoundaryToken[], letter: number, next: number): boolean {
  const name = tokens[letter - 1];
  const determiner = tokens[letter - 2];
  const verb = tokens[next + 1];
  if (!name || !determiner || !verb || determiner.pos !== 'DET' || !/^[A-Z][a-z]/.test(name.text)) return false;
  return verb.pos === 'VERB' || verb.pos === 'AUX';
}

/** The stop before token `i` follows the letter closing a product's name ("the Orbit X." or "the Orbit X" + "."). */
function modelLetterStop(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, i: number): boolean {
  const prev = tokens[i - 1]!;
  if (/^[A-Z]\.$/.test(prev.text)) return endsModelName(tokens, i - 1, i);
  return prev.text === '.' && i >= 2 && !spaceBefore[i - 1] && /^[A-Z]$/.test(tokens[i - 2]!.text) && endsModelName(tokens, i - 2, i);
}

/** The letter at `k` closes letters joined by slashes with no space ("I/B/E/S"). */
function endsSlashedAcronym(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, k: number): boolean {
  return k >= 2 && !spaceBefore[k] && tokens[k - 1]!.text === '/' && !spaceBefore[k - 1];
}

/** The stop before token `i` follows a slash-joined acronym's last letter ("I/B/E/S." or "I/B/E/S" + "."). */
function slashedAcronymStop(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, i: number): boolean {
  const prev = tokens[i - 1]!;
  if (/^[A-Z]\.$/.test(prev.text)) return endsSlashedAcronym(tokens, spaceBefore, i - 1);
  return prev.text === '.' && i >= 2 && !spaceBefore[i - 1] && /^[A-Z]$/.test(tokens[i - 2]!.text) && endsSlashedAcronym(tokens, spaceBefore, i - 2);
}

function shouldSplit(
  tokens: readonly BoundaryToken[],
  spaceBefore: SpaceBefore,
  i: number,
  previousLineTokens: number,
  previousLineEnd: string,
  quotedSentence: OpensQuotedSentence,
): boolean {
  const prev = tokens[i - 1]!;
  const token = tokens[i]!;
  if (token.lineStart) {
    if (isListMarker(tokens, spaceBefore, i)) return true;
    if (TERMINAL.test(previousLineEnd) || previousLineEnd === ':' || CLOSING_QUOTE.test(previousLineEnd)) return /^[\p{Lu}\p{N}"“‘'(]/u.test(token.text);
    // a short line without a final stop is a heading or list item, not a wrapped sentence
    if (previousLineTokens <= 8 && /^[\p{Lu}\p{N}"“]/u.test(token.text)) return true;
    return false;
  }
  // 'He said "No." Then they left.'
  const beforeQuote = tokens[i - 2];
  if (prev.text.length === 1 && CLOSING_QUOTE.test(prev.text) && !spaceBefore[i - 1] && beforeQuote && /[.!?]$/.test(beforeQuote.text) && STARTERS.has(token.text.toLowerCase()) && /^[A-Z]/.test(token.text)) {
    return true;
  }
  // every test below needs a stop or an ellipsis ending the token before: the usual token (after a word or a comma)
  // leaves here, before the regular expressions on its own text (a tenth of this stage's own sentence work)
  const stop = prev.text.endsWith('.');
  if (!stop && prev.text !== '…') return false;
  // "according to Thomson Reuters I/B/E/S. Revenue rose": wink reads the acronym's last letter as an initial;
  // a quotation opening with a capital starts the next sentence too ('I/B/E/S. "The competition is real," said X')
  const capitalNext = stop && (/^[A-Z]/.test(token.text) || (OPENING_QUOTE.test(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')));
  if (capitalNext && slashedAcronymStop(tokens, spaceBefore, i)) return true;
  if (capitalNext && wordWithGluedStop(tokens, i - 1)) return true;
  if (capitalNext && amountSuffixStop(tokens, spaceBefore, i)) return true;
  if (capitalNext && modelLetterStop(tokens, spaceBefore, i)) return true;
  // 'shortly after 3 a.m. "Once it crossed ...,"', 'Smith Barney, Harris Upham & Co. "It's going to get bloody."': a
  // quoted sentence opening with a capital after an abbreviation that often ends a sentence starts the next one; a
  // quoted name stays inside its sentence ('the U.S. "Strategic Patience" policy', 'Coca-Cola Co. "Zero Sugar" sales')
  if (capitalNext && spaceBefore[i] && OPENING_QUOTE.test(token.text) && sentenceEndingAbbreviationStop(tokens, spaceBefore, i) && quotedSentence(i)) return true;
  // "waited... Then", "the U.K. Sales fell": an ellipsis or abbreviation that also ends the sentence
  // (the tests run on every token: the length and final-dot checks spare most of them the regular expressions)
  const dotted = (prev.text.length >= 4 && prev.text.endsWith('.') && /^(?:[A-Z]\.){2,4}$/.test(prev.text)) || (prev.text === '.' && i >= 2 && /^(?:[A-Z]\.){1,3}[A-Z]$/.test(tokens[i - 2]!.text));
  if ((prev.text === '...' || prev.text === '…' || dotted) && STARTERS.has(token.text.toLowerCase())) {
    return /^[A-Z]/.test(token.text);
  }
  return false;
}

/**
 * 'would not step in. "Universities ..."': wink keeps the stop on a few short words it also knows as abbreviations
 * ('in.' for inches) and then starts no sentence; a plain lower-case word no abbreviation list holds, not after a
 * number ('a 6 in. Pipe' is a measure), ends its sentence before a capital.
 */
function wordWithGluedStop(tokens: readonly BoundaryToken[], k: number): boolean {
  const text = tokens[k]!.text;
  if (text.length < 3 || !/^[a-z]+\.$/.test(text)) return false;
  const word = text.slice(0, -1);
  if (TITLES.has(word) || COMMON.has(word) || BEFORE_NUMBER.has(word)) return false;
  return k === 0 || !/\d$/.test(tokens[k - 1]!.text);
}

/** 'was fined £11m. "Does ..."': a stop on a lower-case suffix written onto a number (wink's "m.") ends the sentence. */
function amountSuffixStop(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, i: number): boolean {
  const prev = tokens[i - 1]!;
  return i >= 2 && !spaceBefore[i - 1] && /^[a-z]{1,2}\.$/.test(prev.text) && /\d$/.test(tokens[i - 2]!.text);
}

function isListMarker(tokens: readonly BoundaryToken[], spaceBefore: SpaceBefore, i: number): boolean {
  const token = tokens[i]!;
  if (!token.lineStart && i > 0) return false;
  if (BULLET.test(token.text)) return true;
  const next = tokens[i + 1];
  return /^\d{1,2}$/.test(token.text) && next !== undefined && (next.text === '.' || next.text === ')') && !spaceBefore[i + 1];
}

/** 1 when the token is one opening bracket ( [ { */
function opensBracket(text: string): number {
  if (text.length !== 1) return 0;
  const c = text.charCodeAt(0);
  return c === 40 || c === 91 || c === 123 ? 1 : 0;
}

/** 1 when the token is one closing bracket ) ] } */
function closesBracket(text: string): number {
  if (text.length !== 1) return 0;
  const c = text.charCodeAt(0);
  return c === 41 || c === 93 || c === 125 ? 1 : 0;
}
