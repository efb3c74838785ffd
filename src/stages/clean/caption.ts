import type { Span } from '../../document';
import { splitSegments, wordCount } from './layout';
import type { Block } from './layout';

// a credit at the end of a caption: "... Photo: AFP", "... Image: Mathias Krumbholz.", "(Photo by X/Getty Images)"
const TRAILING_CREDIT = /(?:^|[\s.(])(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Pp]hotograph|[Pp]hoto credit|[Cc]redit|[Ii]llustration|[Gg]raphic|[Vv]ideo|[Pp]ic)(?:\s(?:by|courtesy of)|\s?[:/])\s[^:\n]{1,60}$/;
const BRACKET_CREDIT = /\((?:(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]ile)s?(?:\s[Pp]hoto)?(?:\sby|\scourtesy of|\scredit:?|:)|AP|AFP|Reuters|EPA|Getty Images|Xinhua)[^()\n]{0,80}\)\.?$/;
// ('FILE PHOTO:' opens the wire agencies' captions of an archive picture; "Image caption: ..." and "[Photo: ...]", a
// caption set in brackets, are the same label)
const LEADING_MARKER = /^\[?(?:File\s|FILE\s)?(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ii]llustration|[Vv]ideo)s?(?:\s[Cc]aption)?\s?:\s/;
// the photographer and agency closing a caption in brackets: "(Emre Yildiz/AP)", "(Jane Roe/Reuters)]."
const NAME_AND_AGENCY = /^\([A-Z][\p{L}.'’ -]{1,50}\/\s?[A-Z][\p{L}.'’ &-]{1,40}\)\]?\.?$/u;
// a line that is only a photo credit: "AFP via Getty Images", "REUTERS/Kim Kyung-Hoon", "Image source, Reuters"
const CREDIT_ONLY_LINE = /^(?:(?:[A-Z][\p{L}.'’-]{0,30}\s){0,4}via Getty Images|Getty Images|(?:REUTERS|Reuters|AP Photo|AP|AFP|AFP Photo|EPA|EPA-EFE|Xinhua|Bloomberg|Shutterstock)\s?\/\s?[\p{L}.'’ -]{1,60}|(?:Image|Photo|Media|Video) (?:source|credit|caption)\s?,?\s?[\p{L}.'’/ -]{0,60}|Photograph:\s[\p{L}.'’/ -]{1,60})$/u;
// a credit alone: "Photo: Daniel Reyes", "(Photo: Civil Protection Department)", "Credit: Einar Jonsson", "Joe Raedle, Getty Images"
const MARKED_CREDIT = /^\(?(?:Photo|Photograph|Picture|Image|Credit|Photo credit|Image credit|Pictures?)s?\s?:\s[\p{L}.'’/&, -]{1,60}\)?$/u;
// a byline naming its outlet, "By Hiroshi Tanaka, Bloomberg", is no photo credit
const AGENCY_CREDIT = /^(?!By\s)\(?[A-Z][\p{L}.'’ -]{1,40}\s?[,/]\s?(?:Getty Images|AFP|AP|Reuters|EPA|Shutterstock|Alamy|Bloomberg)\)?$/u;
// what a credit may say before the name: "supplied by CFA", "courtesy of the family", "handout"
const SUPPLIED = /^(?:supplied|courtesy|handout|provided)(?:\s(?:by|of)(?:\sthe)?)?\s/;
// a sentence that goes on from the one before it: "He declined to comment."
const STORY_OPENER = /^(?:He|She|They|It|This|That|These|Those|But|And|So|Yet|Still|However|We|I|You)\b/;
const SAID = /\b(?:said|says|told|according to)\b/;
const LEFTOVER_MARKUP = /\balt=|<img\b|\bsrc=|\w\.(?:jpe?g|png|webp|gif)\b/i;

export interface CaptionFind {
  /** the closing credit, when the caption has one */
  credit: Span | null;
  /** the text before the credit goes on a story ("He said ...", "Officials told ..."): it stays, only the credit goes */
  storyBefore: boolean;
}

/**
 * The photo caption a block is, or null when it is none. A caption is a short
 * block (at most 450 characters on three lines) that ends in a photo credit,
 * starts with a "Photo:" marker (then at most two sentences and 250
 * characters), or carries leftover image markup. A credit on a last line of
 * its own is enough; a credit closing a line of text counts only in a block of
 * at most three sentences (the credit's own included), which keeps story
 * paragraphs that merely mention a photo out.
 *
 * Returns, when the caption closes on a credit, that credit's own span: the
 * piece to cut when the text before it must stay (see hasStoryOutside).
 */
export function findCaption(source: string, block: Block): CaptionFind | null {
  const text = source.slice(block.start, block.end);
  if (text.length > 450 || block.lines.length > 3) return null;
  const lastLine = block.lines[block.lines.length - 1]!;
  if (block.lines.length > 1 && isPhotoCreditLine(source.slice(lastLine.start, lastLine.end))) return withCredit(source, block, lastLine.start);
  if (block.lines.length > 2) return null;
  if (LEFTOVER_MARKUP.test(text) && /\b(?:photo|image|picture)\b/i.test(text)) return { credit: null, storyBefore: false };
  const segments = splitSegments(source, { start: block.start, end: block.end });
  const sentences = segments.length;
  if (LEADING_MARKER.test(text)) return captionSentences(source, segments) <= 2 && text.length <= 250 ? { credit: null, storyBefore: false } : null;
  const trimmed = text.replace(/[.>\s]+$/, '');
  if (sentences > 3) return null;
  const bracket = BRACKET_CREDIT.exec(text);
  if (bracket) return withCredit(source, block, block.start + bracket.index);
  const credit = TRAILING_CREDIT.exec(trimmed);
  if (!credit) return null;
  // the credit names someone: capitalised words, not a sentence going on
  // "Picture: supplied by CFA", "Photo: courtesy of the family": the credit's own lead-in words go first
  const name = trimmed.slice(credit.index).replace(/^.*?(?:\sby|\scourtesy of|[:/])\s/, '').replace(SUPPLIED, '');
  if (!name.split(/\s+/).every((w) => /^[A-Z0-9(]/.test(w) || /^(?:of|de|for|the|and|&|via)$/.test(w))) return null;
  // the match may open on the space or stop before the credit word: the credit starts at that word
  const lead = /^[\s.(]?/.exec(credit[0])![0];
  return withCredit(source, block, block.start + credit.index + (lead === '(' ? 0 : lead.length));
}

/**
 * The sentences of a caption that opens on its label, its closing credit not counted: "Image: The ship waits off Port
 * Said on Jan. 20. (Mohamed Ali/Reuters)" is one sentence (two for the segmenter, which breaks after "Jan.") and a
 * credit. `segments`: the block's segments, split once by findCaption.
 */
function captionSentences(source: string, segments: readonly Span[]): number {
  const last = segments[segments.length - 1];
  const credit = last !== undefined && segments.length > 1 && NAME_AND_AGENCY.test(source.slice(last.start, last.end).trim());
  return segments.length - (credit ? 1 : 0);
}

function withCredit(source: string, block: Block, start: number): CaptionFind {
  const before = source.slice(block.start, start);
  return { credit: { start, end: block.end }, storyBefore: STORY_OPENER.test(before) || SAID.test(before) };
}

/**
 * Story text outside the given caption blocks: a sentence of eight words or
 * more with its final stop, or a long run. Without it a caption-shaped
 * paragraph is the story itself ("The photo was released by NASA. Image:
 * NASA" pasted alone), and only its credit is boilerplate.
 */
export function hasStoryOutside(source: string, blocks: readonly Block[], captions: ReadonlySet<number>): boolean {
  for (const block of blocks) {
    if (captions.has(block.index)) continue;
    for (const line of block.lines) {
      for (const seg of splitSegments(source, line)) {
        const text = source.slice(seg.start, seg.end);
        const words = wordCount(text);
        if ((words >= 8 && /[.!?…]["”’)]?$/.test(text)) || words >= 25) return true;
      }
    }
  }
  return false;
}

/** A line that only credits a photo. */
export function isPhotoCreditLine(text: string): boolean {
  return text.length <= 90 && (CREDIT_ONLY_LINE.test(text) || MARKED_CREDIT.test(text) || AGENCY_CREDIT.test(text));
}

/**
 * A caption whose credit stands in the next block: "Lava flows from a
 * fissure on Tuesday." then "(Photo: Civil Protection Department)". Only one
 * short sentence, with no quotation or attribution, counts: a story
 * paragraph before a stray credit keeps its place.
 */
export function isCaptionOfCredit(source: string, block: Block, next: Block | undefined, after: Block | undefined): boolean {
  // the story goes on after the credit: a credit at the very end belongs to the page's lead picture
  if (!next || !after || next.lines.length !== 1 || block.lines.length !== 1 || block.index === 0) return false;
  if (!isPhotoCreditLine(source.slice(next.start, next.end))) return false;
  const text = source.slice(block.start, block.end);
  if (text.length > 220 || /["“”]/.test(text) || SAID.test(text) || STORY_OPENER.test(text) || isPhotoCreditLine(text)) return false;
  return splitSegments(source, { start: block.start, end: block.end }).length === 1 && /[.]$/.test(text);
}
