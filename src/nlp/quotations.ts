import { tokenAt, type Quotation, type Span, type Token } from '../document';

// the type lives with the token layer that carries it, so that document.ts imports nothing back from here
export type { Quotation } from '../document';

type MarkKind = 'double' | 'single';

interface OpenMark {
  kind: MarkKind;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE_OPEN = /[\s([{\u2014\u2013\-/]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || SPACE_BEFORE_OPEN.test(prev);
}

/** Skips whitespace and reports whether the region starts with an opening double mark. */
function startsWithOpening(source: string, region: Span): boolean {
  return openingStyle(source, region.start, region.end) !== null;
}

/**
 * The style of the opening double mark at `from` (after whitespace), or null: straight, curly ("“", "„"), TeX ("``")
 * or two straight singles ("''", which readMark opens as a double: the New York Times' archive text sets every quote so,
 * and its quotes run over paragraphs as any other's do).
 */
function openingStyle(source: string, from: number, end: number): 'straight' | 'curly' | 'tex' | 'two-singles' | null {
  let i = from;
  while (i < end && /\s/.test(source[i]!)) i++;
  const ch = source[i];
  if (ch === '"') return 'straight';
  if (ch === '\u201c' || ch === '\u201e') return 'curly';
  if (source.startsWith("''", i)) return 'two-singles';
  return source.startsWith('``', i) ? 'tex' : null;
}

/**
 * A quotation left open at a paragraph's end continues into the next one when
 * that opens with a double mark of the same style: a writer repeats the mark
 * they opened with. A paragraph of straight marks (a block quote pasted from
 * another article) followed by one opening with a curly mark is not continued
 * by it ('"... chanting “U-S-A!”' then '“That’s right,” Melanie said').
 */
function continuesInto(source: string, open: Span, next: Span | undefined): boolean {
  if (!next) return false;
  const style = openingStyle(source, next.start, next.end);
  return style !== null && style === openingStyle(source, open.start, open.end);
}

/** A quotation left open at a paragraph's end, carried into the next paragraph when that continues it. */
interface Carried {
  pieces: Span[];
  open: Span;
  region: number;
}

/**
 * The state of one findQuotations call: what it found, what it carries across
 * paragraphs and the marks open in the paragraph it reads. One object with
 * every field set from the start (rather than closures made anew for each
 * paragraph) keeps the per-character scan small and of one shape for V8, which
 * otherwise compiled the per-paragraph closure a dozen times while warming up.
 */
class QuotationScan {
  readonly out: Quotation[] = [];
  carried: Carried | null = null;
  stack: OpenMark[] = [];
  contentStart = -1;
  pendingPieces: Span[] = [];
  firstOpen: Span | null = null;
  regionIndex = 0;
  startRegion = 0;

  /** Starts region `regionIndex`, taking over the quotation carried from the one before when this one opens with a mark. */
  begin(source: string, region: Span, regionIndex: number): void {
    this.stack = [];
    this.contentStart = -1;
    this.pendingPieces = [];
    this.firstOpen = null;
    this.regionIndex = regionIndex;
    this.startRegion = regionIndex;
    const carried = this.carried;
    if (carried !== null && startsWithOpening(source, region)) {
      this.pendingPieces = carried.pieces;
      this.firstOpen = carried.open;
      this.startRegion = carried.region;
    }
    this.carried = null;
  }

  openMark(kind: MarkKind, start: number, end: number): void {
    const stack = this.stack;
    // singles left open when a double opens at top level were apostrophes ("the ’90s", "nations’")
    if (kind === 'double' && findOpen(stack, 'double') < 0) stack.length = 0;
    if (stack.length === 0) {
      this.contentStart = end;
      // (a quotation carried from the paragraph before keeps the mark it opened with)
      if (this.pendingPieces.length === 0) {
        this.firstOpen = { start, end };
        this.startRegion = this.regionIndex;
      }
    }
    stack.push({ kind, start, end });
  }

  closeMark(kind: MarkKind, start: number, end: number): void {
    const at = findOpen(this.stack, kind);
    if (at < 0) return;
    this.stack.length = at;
    if (at === 0 && this.contentStart >= 0) {
      const pieces = [...this.pendingPieces, { start: this.contentStart, end: start }];
      this.out.push({ pieces, open: this.firstOpen ?? { start, end }, close: { start, end }, region: this.startRegion });
      this.pendingPieces = [];
      this.firstOpen = null;
      this.contentStart = -1;
    }
  }

  /** An unclosed double mark: the quote runs to the paragraph's end and may continue into `next`. */
  finish(source: string, region: Span, next: Span | undefined): void {
    const bottom = this.stack.length > 0 ? this.stack[0]! : null;
    const contentStart = this.contentStart;
    if (bottom === null || bottom.kind !== 'double' || contentStart < 0) return;
    let end = region.end;
    while (end > contentStart && /\s/.test(source[end - 1]!)) end--;
    const pieces = [...this.pendingPieces, { start: contentStart, end }];
    const open = this.firstOpen ?? { start: bottom.start, end: bottom.end };
    if (continuesInto(source, open, next)) {
      this.carried = { pieces, open, region: this.startRegion };
    } else {
      this.out.push({ pieces, open, close: null, region: this.startRegion });
    }
  }
}

/**
 * Finds the top-level quotations of every region. Nested quotations (single
 * marks inside double, or the other way round) stay inside their outer
 * quotation's content. Apostrophes are told from single marks by their
 * neighbours: a mark between two letters ("Japan’s", "don't") never quotes,
 * and a right single mark closes only when a single mark is open.
 */
export function findQuotations(source: string, regions: readonly Span[]): Quotation[] {
  const scan = new QuotationScan();
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r]!;
    scan.begin(source, region, r);
    for (let i = region.start; i < region.end; i++) {
      // nearly every character is no mark: one code comparison, before any neighbour is read
      if (isMarkCode(source.charCodeAt(i))) i = readMark(scan, source, region, i);
    }
    scan.finish(source, region, r + 1 < regions.length ? regions[r + 1] : undefined);
  }
  return scan.out;
}

/** Acts on the mark at `i`; returns the index of its last character (a doubled mark such as `` or '' is two). */
function readMark(scan: QuotationScan, source: string, region: Span, i: number): number {
  const stack = scan.stack;
  const ch = source[i]!;
  const prev = i > region.start ? source[i - 1] : undefined;
  const next = i + 1 < region.end ? source[i + 1] : undefined;
  switch (ch) {
    case '\u201c':
    case '\u201e':
      // a left mark glued to the end of a word while a quotation is open closes it (typing slip)
      if (findOpen(stack, 'double') >= 0 && !opensAfter(prev) && (next === undefined || /\s/.test(next))) scan.closeMark('double', i, i + 1);
      else scan.openMark('double', i, i + 1);
      return i;
    case '\u201d':
      // a right mark at a word's start with nothing open opens a quotation (typing slip: ”Fear. I am ...”)
      if (findOpen(stack, 'double') < 0 && opensAfter(prev) && isLetter(next)) scan.openMark('double', i, i + 1);
      else scan.closeMark('double', i, i + 1);
      return i;
    case '`':
      if (next !== '`') return i;
      scan.openMark('double', i, i + 2);
      return i + 1;
    case '"':
      // straight marks alternate; a closing-looking mark with nothing open is stray
      if (findOpen(stack, 'double') >= 0) scan.closeMark('double', i, i + 1);
      else if (opensAfter(prev) || isLetter(next)) scan.openMark('double', i, i + 1);
      return i;
    case "'":
      if (next === "'") {
        if (findOpen(stack, 'double') >= 0) scan.closeMark('double', i, i + 2);
        else if (opensAfter(prev)) scan.openMark('double', i, i + 2);
        return i + 1;
      }
      if (isLetter(prev) && isLetter(next)) return i; // apostrophe inside a word
      if (opensAfter(prev) && isLetter(next) && !/\d/.test(next!)) scan.openMark('single', i, i + 1);
      else if (findOpen(stack, 'single') >= 0 && !opensAfter(prev)) scan.closeMark('single', i, i + 1);
      return i;
    case '\u2018':
      if (isLetter(prev)) return i;
      if (next !== undefined && /\d/.test(next)) return i; // ‘90s
      scan.openMark('single', i, i + 1);
      return i;
    case '\u2019':
      if (isLetter(prev) && isLetter(next)) return i;
      if (findOpen(stack, 'single') >= 0) scan.closeMark('single', i, i + 1);
      return i;
    default:
      return i;
  }
}

/** The characters the scan in findQuotations acts on: " ' ` and the curly single and double marks (‘ ’ “ ” „). */
function isMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x201e;
}

function findOpen(stack: readonly OpenMark[], kind: MarkKind): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === kind) return i;
  return -1;
}

/**
 * Sets `inQuote` on the tokens inside the content of any quotation, marks excluded (tokens start with it false).
 * Only the quoted tokens are touched: no mask the length of the document and no second pass writing every token.
 */
export function markQuotedTokens(tokens: readonly Token[], quotations: readonly Quotation[]): void {
  for (const q of quotations) {
    for (const piece of q.pieces) {
      for (let t = tokenAt(tokens, piece.start); t < tokens.length && tokens[t]!.start < piece.end; t++) tokens[t]!.inQuote = true;
    }
  }
}
